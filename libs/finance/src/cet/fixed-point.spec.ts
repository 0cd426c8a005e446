import { dec } from '../decimal/dec';
import { divide, multiply, power, toUnits } from './fixed-point';

describe('fixed-point decimals with directed rounding', () => {
  it.each([
    ['1.23456', 3, 'down', 1234n],
    ['1.23456', 3, 'up', 1235n],
    ['1.5', 3, 'down', 1500n],
    ['1.5', 3, 'up', 1500n], // exact: no rounding either way
    ['12000', 2, 'down', 1200000n],
  ] as const)('toUnits(%s, %i places, %s) = %s', (value, places, direction, units) => {
    expect(toUnits(dec(value), places, direction)).toBe(units);
  });

  it('divides and multiplies towards the requested side', () => {
    expect([divide(7n, 2n, 'down'), divide(7n, 2n, 'up'), divide(8n, 2n, 'up')]).toEqual([3n, 4n, 4n]);
    // 0.333 × 0.333 = 0.110889 at 3 places
    expect([multiply(333n, 333n, 3, 'down'), multiply(333n, 333n, 3, 'up')]).toEqual([110n, 111n]);
  });

  it('brackets a power: 0.999^365 = 0.69406…', () => {
    const exact = dec('0.999').pow(365);
    const low = power(toUnits(dec('0.999'), 12, 'down'), 365, 12, 'down');
    const high = power(toUnits(dec('0.999'), 12, 'up'), 365, 12, 'up');
    expect(dec(low.toString()).div(dec('1e12')).lte(exact)).toBe(true);
    expect(dec(high.toString()).div(dec('1e12')).gte(exact)).toBe(true);
    expect(high - low).toBeLessThan(10_000n);
    expect(power(1234n, 0, 3, 'down')).toBe(1000n);
  });
});
