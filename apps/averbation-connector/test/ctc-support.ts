import { startTestService, type TestService, waitFor } from '@consignado/testing';
// The connector's counterpart, started in-process on a random port: a test-only dependency.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule as CtcMockModule } from '../../ctc-mock/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CtcMockConfig } from '../../ctc-mock/src/config';

export const OURS = '99000001';
export const OUR_KEY = 'ctc-participant-test-key';
const ADMIN_KEY = 'ctc-admin-test-key';

/** The mock exchange on the real PostgreSQL (own schema): no latency or random failure, fast banks and worker, sweeps only on demand. */
export function startCtc(): Promise<TestService<CtcMockConfig>> {
  return startTestService({
    service: 'ctc-mock',
    config: CtcMockConfig,
    module: (c) => CtcMockModule.register(c),
    env: {
      CTC_PARTICIPANTS: `${OURS}:${OUR_KEY}`,
      CTC_ADMIN_API_KEY: ADMIN_KEY,
      CTC_LATENCY_MIN_MS: '0',
      CTC_LATENCY_MAX_MS: '20',
      CTC_FAILURE_RATE: '0',
      CTC_CHAOS_SEED: '7',
      CTC_SIMULATED_DELAY_MS: '0',
      CTC_WORKER_INTERVAL_MS: '50',
      CTC_SWEEP_INTERVAL_MS: '0',
      CTC_TIMEOUT_HOLD_MS: '3000',
    },
  });
}

/** The exchange's admin API (simulated banks, clock, sweep, chaos) and, as us, its participant reads. */
export function exchange(baseUrl: string) {
  const call = async (method: string, path: string, body: unknown, headers: Record<string, string>) => {
    const res = await fetch(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined } as { status: number; body: any };
  };
  const admin = (method: string, path: string, body?: unknown) => call(method, path, body, { 'x-admin-key': ADMIN_KEY });
  const get = async (nu: string) => (await call('GET', `/v1/portabilities/${nu}`, undefined, { 'x-participant-ispb': OURS, 'x-api-key': OUR_KEY })).body;
  return {
    admin,
    get,
    until: (nu: string, status: string) => waitFor(async () => ((await get(nu)).status === status ? get(nu) : undefined), { timeoutMs: 20_000, intervalMs: 50, description: `${nu} ${status} at the exchange` }),
    byContract: async (contractNumber: string) => (await admin('GET', `/admin/portabilities?originContractNumber=${encodeURIComponent(contractNumber)}`)).body.portabilities as any[],
    calls: async (subject: string) => (await admin('GET', `/admin/calls?subject=${subject}`)).body.calls as Record<string, number>,
    script: (operation: string, failNext: number, status: 503 | 500 | 'timeout', subject?: string) => admin('POST', '/admin/chaos/script', { operation, failNext, status, ...(subject ? { subject } : {}) }),
    clock: (today: string | null) => admin('PUT', '/admin/clock', { today }),
    sweep: async () => (await admin('POST', '/admin/sweep')).body as { today: string; expired: Array<{ portabilityNumber: string; reason: string }> },
  };
}

let contracts = 0;
/** An origin contract number no other test uses. */
export const newContract = (): string => `CTR-${Date.now().toString(36)}-${(contracts += 1)}`;
