/**
 * When a failed delivery is tried again: exponential backoff with "full jitter" (AWS Architecture
 * Blog, "Exponential Backoff And Jitter"): after n failures the wait is uniform in
 * [0, min(max, base·2^(n−1))], so deliveries failing together (an SMTP outage) spread out instead
 * of hammering the recovering server in lockstep. There is no last attempt (R-NT-1: never lost).
 */
export class DeliveryBackoff {
  constructor(
    readonly baseMs: number,
    readonly maxMs: number,
  ) {
    if (!(baseMs > 0) || !(maxMs >= baseMs)) throw new Error('need 0 < baseMs <= maxMs');
  }

  /** The longest wait after `failures` failed attempts (≥ 1). */
  ceilingMs(failures: number): number {
    // 2^n overflows to Infinity long after the cap applies; Math.min keeps it finite.
    return Math.min(this.maxMs, this.baseMs * 2 ** Math.max(0, failures - 1));
  }

  delayMs(failures: number, random: () => number = Math.random): number {
    return Math.floor(random() * (this.ceilingMs(failures) + 1));
  }
}
