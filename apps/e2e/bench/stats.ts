/** The p-th percentile (0–100) of `values` by nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const ms = (value: number): string => (Number.isNaN(value) ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`);

export const rate = (count: number, seconds: number): string => `${(count / seconds).toFixed(1)}/s`;

/** Waits `ms` milliseconds. */
export const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
