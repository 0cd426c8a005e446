import { dec } from '../decimal/dec';
import { MonthlyRate } from './monthly-rate';

describe('MonthlyRate', () => {
  it.each([['0.0185'], ['0'], ['0.999999'], ['0.01850']])('accepts %s', (text) => {
    expect(MonthlyRate.parse(text).ok).toBe(true);
  });

  it.each([['1'], ['1.5'], ['-0.01'], ['0.0185%'], ['1e-2'], [''], ['abc']])('rejects %s', (text) => {
    const parsed = MonthlyRate.parse(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('INVALID_RATE');
  });

  it('rejects JS numbers', () => {
    expect(MonthlyRate.parse(0.0185).ok).toBe(false);
  });

  it('prints canonically and compares', () => {
    const rate = MonthlyRate.of('0.018500');
    expect(rate.toString()).toBe('0.0185');
    expect(rate.scaled()).toEqual({ units: 185n, power: -4 });
    expect(rate.lte(MonthlyRate.of('0.0185'))).toBe(true);
    expect(rate.eq(MonthlyRate.of('0.0186'))).toBe(false);
    expect(MonthlyRate.of('0').isZero()).toBe(true);
    expect(() => MonthlyRate.fromDecimal(dec('1'))).toThrow(RangeError);
  });
});
