/** One dependency a service needs before it can take traffic (database, broker, cache…). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, { status: 'ok' | 'down'; error?: string; ms: number }>;
}

/** Runs every check concurrently, each bounded by `timeoutMs`, and reports them all. */
export async function runReadiness(checks: ReadinessCheck[], timeoutMs = 2000): Promise<ReadinessReport> {
  const results = await Promise.all(
    checks.map(async ({ name, check }) => {
      const started = Date.now();
      try {
        await withTimeout(check(), timeoutMs);
        return [name, { status: 'ok' as const, ms: Date.now() - started }] as const;
      } catch (e) {
        return [name, { status: 'down' as const, error: e instanceof Error ? e.message : String(e), ms: Date.now() - started }] as const;
      }
    }),
  );
  const ok = results.every(([, r]) => r.status === 'ok');
  return { status: ok ? 'ok' : 'unavailable', checks: Object.fromEntries(results) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
