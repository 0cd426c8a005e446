import { RetryPolicy } from './retry-policy';

describe('RetryPolicy: exponential backoff with full jitter (R-AV-2)', () => {
  const policy = new RetryPolicy(6, 1_000, 10_000);

  it.each([
    // failed attempts, ceiling
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 8_000],
    [5, 10_000],
  ])('after %i failures waits within [0, %i] ms', (failed, ceiling) => {
    expect(policy.ceilingMs(failed)).toBe(ceiling);
    expect(policy.nextDelayMs(failed, () => 0)).toBe(0);
    expect(policy.nextDelayMs(failed, () => 0.999_999_999)).toBe(ceiling);
    expect(policy.nextDelayMs(failed, () => 0.5)).toBe(Math.floor(0.5 * (ceiling + 1)));
  });

  it('spreads waits over the whole interval (full jitter, not equal jitter)', () => {
    const draws = Array.from({ length: 2_000 }, () => policy.nextDelayMs(3) as number);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThanOrEqual(4_000);
    expect(draws.filter((d) => d < 1_000).length).toBeGreaterThan(300);
    expect(draws.filter((d) => d > 3_000).length).toBeGreaterThan(300);
  });

  it.each([6, 7, 100])('gives up after the budget (%i failed attempts of 6)', (failed) => {
    expect(policy.nextDelayMs(failed, () => 0)).toBeUndefined();
  });

  it('never overflows the cap for long runs', () => {
    const long = new RetryPolicy(1_000, 50, 200);
    expect(long.ceilingMs(999)).toBe(200);
    expect(long.nextDelayMs(999, () => 0.999)).toBeLessThanOrEqual(200);
  });

  it.each([
    [0, 10, 10],
    [1.5, 10, 10],
    [3, 0, 10],
    [3, 20, 10],
  ])('refuses maxAttempts=%s base=%s max=%s', (attempts, base, max) => {
    expect(() => new RetryPolicy(attempts, base, max)).toThrow();
  });

  describe('with a time window (equal jitter, the budget is attempts and time)', () => {
    // The connector's defaults for a margin check: 4 calls, 1 s doubling to 60 s, two minutes.
    const windowed = new RetryPolicy(4, 1_000, 60_000, 120_000);

    it.each([
      [1, 500, 1_000],
      [3, 2_000, 4_000],
      [9, 30_000, 60_000],
    ])('after %i failures waits within [%i, %i] ms', (failed, floor, ceiling) => {
      expect([windowed.nextDelayMs(failed, () => 0), windowed.nextDelayMs(failed, () => 0.999_999_999)]).toEqual([floor, ceiling]);
    });

    it('does not give up at maxAttempts while the waits took less than the window', () => {
      // Waits of at least 0.5 + 1 + 2 + 4 + 8 + 16 + 30 + 30 = 91.5 s before the 9th failure, 121.5 s before the 10th.
      expect([4, 9].map((failed) => windowed.nextDelayMs(failed, () => 0))).toEqual([4_000, 30_000]);
      expect([windowed.spannedMs(9), windowed.spannedMs(10)]).toEqual([91_500, 121_500]);
      expect(windowed.nextDelayMs(10, () => 0)).toBeUndefined();
    });

    it('rides out any outage shorter than the window, however the jitter falls', () => {
      let failed = 1;
      let elapsed = 0;
      for (let wait = windowed.nextDelayMs(failed); wait !== undefined; wait = windowed.nextDelayMs(failed)) {
        elapsed += wait;
        failed += 1;
      }
      expect(elapsed).toBeGreaterThanOrEqual(120_000);
      expect(failed).toBeGreaterThanOrEqual(4);
    });

    it('still needs maxAttempts when the window is spent sooner', () => {
      const short = new RetryPolicy(6, 1_000, 60_000, 1_000);
      expect([short.nextDelayMs(5, () => 0), short.nextDelayMs(6, () => 0)]).toEqual([8_000, undefined]);
    });

    it('refuses a negative window', () => {
      expect(() => new RetryPolicy(3, 10, 10, -1)).toThrow();
    });
  });
});
