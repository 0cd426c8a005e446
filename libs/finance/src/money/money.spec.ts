import { dec } from '../decimal/dec';
import { Money } from './money';

describe('Money', () => {
  it.each([
    ['303.88', '303.88', 30388n],
    ['10000', '10000.00', 1000000n],
    ['0.5', '0.50', 50n],
    ['-0.05', '-0.05', -5n],
    ['0', '0.00', 0n],
    ['007.10', '7.10', 710n],
  ])('parses %s as %s (%s cents)', (text, shown, cents) => {
    const money = Money.of(text);
    expect(money.toString()).toBe(shown);
    expect(money.cents).toBe(cents);
    expect(JSON.stringify(money)).toBe(`"${shown}"`);
  });

  it.each([['1.234'], ['1e3'], ['+5'], ['1,50'], [' 5'], ['.5'], ['5.'], ['1234567890123456'], [''], ['NaN']])('rejects %s', (text) => {
    const parsed = Money.parse(text, 'principal');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'INVALID_AMOUNT', field: 'principal' });
  });

  it('rejects JS numbers: amounts travel as text', () => {
    expect(Money.parse(100).ok).toBe(false);
    expect(Money.parse(0.1).ok).toBe(false);
  });

  it.each([['0'], ['-1'], ['-0.01']])('parsePositive rejects %s', (text) => {
    expect(Money.parsePositive(text).ok).toBe(false);
  });

  it.each([
    ['6.1192', '6.12'],
    ['1.0097', '1.01'],
    ['0.005', '0.01'],
    ['0.0049999', '0.00'],
    ['-0.005', '-0.01'], // half away from zero
    ['2.675', '2.68'], // a float would say 2.67
  ])('round(%s) = %s (half-up)', (value, expected) => {
    expect(Money.round(dec(value)).toString()).toBe(expected);
  });

  it('multiplies exactly and rounds only where asked', () => {
    const installment = Money.of('305.96');
    expect(installment.times(dec('0.00033')).toString()).toBe('0.1009668');
    expect(installment.timesRounded(dec('0.0033')).toString()).toBe('1.01');
    expect(Money.of('10.50').timesRounded(dec('0.05')).toString()).toBe('0.53');
    expect(Money.of('-10.50').timesRounded(dec('0.05')).toString()).toBe('-0.53');
  });

  it('adds, subtracts and compares exactly', () => {
    const a = Money.of('0.10');
    const b = Money.of('0.20');
    expect(a.plus(b).toString()).toBe('0.30'); // 0.1 + 0.2 = 0.30000000000000004 in floats
    expect(a.minus(b).toString()).toBe('-0.10');
    expect(a.compare(b)).toBe(-1);
    expect(b.compare(a)).toBe(1);
    expect(a.compare(Money.of('0.1'))).toBe(0);
    expect([a.lt(b), a.lte(a), b.gt(a), b.gte(b), a.eq(b)]).toEqual([true, true, true, true, false]);
    expect(Money.sum([a, b, b]).toString()).toBe('0.50');
    expect(Money.max(a, b)).toBe(b);
    expect(Money.ofCents(12345n).toDecimal().toString()).toBe('123.45');
    expect([Money.ZERO.isZero(), a.isPositive(), a.minus(b).isNegative()]).toEqual([true, true, true]);
  });
});
