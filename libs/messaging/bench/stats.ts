/** The p-th percentile (0–100) of `values` by nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/** One measured run. */
export interface RunResult {
  label: string;
  events: number;
  seconds: number;
  latenciesMs: number[];
}

export const perSecond = (r: RunResult) => r.events / r.seconds;

/** One aligned line: events/s and p50/p99 latency. */
export function formatRun(r: RunResult): string {
  const rate = Math.round(perSecond(r)).toLocaleString('en-US').padStart(7);
  const p50 = String(Math.round(percentile(r.latenciesMs, 50))).padStart(6);
  const p99 = String(Math.round(percentile(r.latenciesMs, 99))).padStart(6);
  // A drain has no meaningful per-event latency: every event waited for the whole write.
  const latency = r.latenciesMs.length ? `p50 ${p50} ms   p99 ${p99} ms` : `${'(queued: no latency)'.padEnd(28)}`;
  return `${r.label.padEnd(58)} ${rate} events/s   ${latency}   (${r.events} in ${r.seconds.toFixed(2)} s)`;
}

/** Resolves when `done()` turns true, rejects after `timeoutMs` naming what was awaited. */
export async function until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`bench: ${what} did not finish within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
