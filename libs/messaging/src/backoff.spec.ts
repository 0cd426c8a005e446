import { backoffDelay, pause } from './backoff';

describe('backoffDelay', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1_000 };

  it.each([
    [1, 0, 50],
    [1, 1, 100],
    [2, 1, 200],
    [3, 1, 400],
    [5, 1, 1_000],
    [9, 0, 500],
  ])('attempt %i with random %d waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, options, () => random)).toBe(expected);
  });
});

describe('pause', () => {
  it('wakes early when asked to stop', async () => {
    const started = Date.now();
    let stop = false;
    setTimeout(() => (stop = true), 20);
    await pause(5_000, () => stop);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('ticks (heartbeats) during a long pause', async () => {
    let ticks = 0;
    await pause(260, () => false, async () => void ticks++, 100);
    expect(ticks).toBeGreaterThanOrEqual(2);
  });
});
