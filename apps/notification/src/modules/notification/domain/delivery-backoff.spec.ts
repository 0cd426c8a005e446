import { DeliveryBackoff } from './delivery-backoff';

describe('DeliveryBackoff (full jitter, never gives up)', () => {
  const backoff = new DeliveryBackoff(1_000, 300_000);

  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [9, 256_000],
    [10, 300_000],
    [1_000, 300_000],
  ])('after %i failures the wait is at most %i ms', (failures, ceiling) => {
    expect(backoff.ceilingMs(failures)).toBe(ceiling);
    expect(backoff.delayMs(failures, () => 0.999_999_999)).toBe(ceiling);
  });

  it('draws the wait uniformly between 0 and the ceiling', () => {
    expect(backoff.delayMs(3, () => 0)).toBe(0);
    expect(backoff.delayMs(3, () => 0.5)).toBe(2_000);
    expect(backoff.delayMs(3, () => 0.25)).toBe(1_000);
  });

  it('refuses a cap below the base', () => {
    expect(() => new DeliveryBackoff(1_000, 999)).toThrow();
    expect(() => new DeliveryBackoff(0, 10)).toThrow();
  });
});
