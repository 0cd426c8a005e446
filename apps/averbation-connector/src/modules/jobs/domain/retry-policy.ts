/**
 * How often and how patiently a Dataprev call is retried (R-AV-2): exponential backoff with "full
 * jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter"): the wait before retry n is
 * uniform in [0, min(max, base·2^(n−1))], so callers failing together spread out instead of
 * retrying in lockstep against a recovering Dataprev.
 */
export class RetryPolicy {
  constructor(
    /** Calls in all, the first one included. */
    readonly maxAttempts: number,
    readonly baseDelayMs: number,
    readonly maxDelayMs: number,
  ) {
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('maxAttempts must be a positive integer');
    if (!(baseDelayMs > 0) || maxDelayMs < baseDelayMs) throw new Error('need 0 < baseDelayMs <= maxDelayMs');
  }

  /** The upper bound of the wait after `failedAttempts` failures. */
  ceilingMs(failedAttempts: number): number {
    return Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  }

  /**
   * After `failedAttempts` failed calls: the wait before the next call, or undefined when the
   * budget is spent and the failure is final.
   */
  nextDelayMs(failedAttempts: number, random: () => number = Math.random): number | undefined {
    if (failedAttempts >= this.maxAttempts) return undefined;
    return Math.floor(random() * (this.ceilingMs(failedAttempts) + 1));
  }
}
