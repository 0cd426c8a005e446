import { dec } from './dec';
import { divRoundHalfUp, scaleRoundHalfUp, toScaled } from './scaled';

describe('toScaled', () => {
  it.each([
    ['0.0185', 185n, -4],
    ['12300', 123n, 2],
    ['-1.5', -15n, -1],
    ['0', 0n, 0],
  ])('%s = units × 10^power', (value, units, power) => {
    expect(toScaled(dec(value))).toEqual({ units, power });
  });
});

describe('divRoundHalfUp', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [0n, 7n, 0n],
  ])('%s / %s = %s (ties away from zero)', (n, d, q) => {
    expect(divRoundHalfUp(n, d)).toBe(q);
  });

  it('multiplies cents by a decimal with half-up rounding', () => {
    expect(scaleRoundHalfUp(30596n, toScaled(dec('0.02')))).toBe(612n); // 305.96 × 2% = 6.1192
    expect(scaleRoundHalfUp(1050n, toScaled(dec('0.05')))).toBe(53n); // 10.50 × 5% = 0.525 → 0.53
    expect(scaleRoundHalfUp(123n, toScaled(dec('100')))).toBe(12300n);
  });
});
