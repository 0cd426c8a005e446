/**
 * How often and how patiently a Dataprev call is retried (R-AV-2): exponential backoff with "full
 * jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter"): the wait before retry n is
 * uniform in [0, min(max, base·2^(n−1))], so callers failing together spread out instead of
 * retrying in lockstep against a recovering Dataprev.
 *
 * With a `windowMs` the budget is also a time: the failure is final only once `maxAttempts` calls
 * failed *and* the waits between them took at least `windowMs`, so an outage shorter than the
 * window is ridden out. To make that a guarantee rather than an average, each wait is then drawn
 * in [ceiling/2, ceiling] ("equal jitter") and the window counts the lower bounds.
 */
export class RetryPolicy {
  constructor(
    /** Calls in all, the first one included (with a window: at least this many). */
    readonly maxAttempts: number,
    readonly baseDelayMs: number,
    readonly maxDelayMs: number,
    /** Least time between the first failure and a final one; 0: the attempts alone are the budget. */
    readonly windowMs = 0,
  ) {
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('maxAttempts must be a positive integer');
    if (!(baseDelayMs > 0) || maxDelayMs < baseDelayMs) throw new Error('need 0 < baseDelayMs <= maxDelayMs');
    if (!(windowMs >= 0)) throw new Error('windowMs must be 0 or more');
  }

  /** The upper bound of the wait after `failedAttempts` failures. */
  ceilingMs(failedAttempts: number): number {
    return Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  }

  /** The lower bound of that wait: 0 (full jitter), or half the ceiling when a window is promised. */
  floorMs(failedAttempts: number): number {
    return this.windowMs > 0 ? Math.ceil(this.ceilingMs(failedAttempts) / 2) : 0;
  }

  /** The least time the waits took between the first failure and the `failedAttempts`-th. */
  spannedMs(failedAttempts: number): number {
    let spanned = 0;
    for (let n = 1; n < failedAttempts && spanned < this.windowMs; n++) spanned += this.floorMs(n);
    return spanned;
  }

  /**
   * After `failedAttempts` failed calls: the wait before the next call, or undefined when the
   * budget is spent and the failure is final.
   */
  nextDelayMs(failedAttempts: number, random: () => number = Math.random): number | undefined {
    if (failedAttempts >= this.maxAttempts && this.spannedMs(failedAttempts) >= this.windowMs) return undefined;
    const floor = this.floorMs(failedAttempts);
    return floor + Math.floor(random() * (this.ceilingMs(failedAttempts) - floor + 1));
  }
}
