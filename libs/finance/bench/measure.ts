/** Runs `fn` repeatedly for about `ms` milliseconds; returns each call's latency in microseconds. */
export function sample(fn: (k: number) => void, ms: number, maxCalls = 1_000_000): number[] {
  const latencies: number[] = [];
  const deadline = process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
  for (let k = 0; k < maxCalls; k++) {
    const start = process.hrtime.bigint();
    fn(k);
    const end = process.hrtime.bigint();
    latencies.push(Number(end - start) / 1000);
    if (end > deadline) break;
  }
  return latencies;
}

export interface Stats {
  calls: number;
  perSecond: number;
  median: number;
  p99: number;
}

export function stats(latencies: readonly number[]): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const total = sorted.reduce((sum, x) => sum + x, 0);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { calls: sorted.length, perSecond: (sorted.length / total) * 1e6, median: at(0.5), p99: at(0.99) };
}

export const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
