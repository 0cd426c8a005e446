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
});
