/** Exponential backoff settings. */
export interface BackoffOptions {
  /** Delay before the first retry (ms). */
  baseDelayMs: number;
  /** Upper bound of any delay (ms). */
  maxDelayMs: number;
}

/**
 * Delay before retry number `attempt` (1-based): `base · 2^(attempt-1)`, capped, with "full
 * jitter" in [50 %, 100 %] of it so that consumers failing together do not retry in lockstep.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const exponential = options.baseDelayMs * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(options.maxDelayMs, exponential);
  return Math.round(capped * (0.5 + random() / 2));
}

/**
 * Sleeps `ms`, waking early when `shouldStop()` turns true, and calling `tick` (a heartbeat)
 * every `tickMs` so a long pause does not cost the consumer its group membership.
 */
export async function pause(
  ms: number,
  shouldStop: () => boolean = () => false,
  tick: () => Promise<void> = async () => undefined,
  tickMs = 1_000,
): Promise<void> {
  const until = Date.now() + ms;
  let lastTick = Date.now();
  while (!shouldStop() && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(until - Date.now(), 50)));
    if (Date.now() - lastTick >= tickMs) {
      lastTick = Date.now();
      await tick();
    }
  }
}
