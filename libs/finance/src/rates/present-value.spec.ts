import { Money } from '../money/money';
import { MonthlyRate } from './monthly-rate';
import { presentValue } from './present-value';
import { proRataInterest } from './pro-rata';

// Independent expectations: Python decimal at 60 digits, amount / (1+i)^(d/30), then half-up to cents.
describe('presentValue: R(amount / (1+i)^(d/30))', () => {
  it.each([
    ['346.75', '0.02', 31, '339.73'], // 339.72665…
    ['1000.00', '0.02', 30, '980.39'], // 980.39215… (a whole month needs no root)
    ['1020.00', '0.02', 30, '1000.00'], // exactly 1000
    ['231.24', '0.0185', 61, '222.78'], // 222.77965…
    ['231.24', '0.0185', 1, '231.10'], // 231.09874…
    ['725.34', '0.092413', 45, '635.27'], // 635.27437…
    ['100000.00', '0.0185', 365, '80009.35'], // 80009.35347…
    ['0.01', '0.0185', 10, '0.01'], // 0.00993…
    ['0.04', '0.6', 30, '0.03'], // exactly 0.025: a true half cent rounds up
    ['231.24', '0.0185', 0, '231.24'],
    ['231.24', '0', 90, '231.24'],
  ])('%s at %s a.m., %i days ahead = %s', (amount, rate, days, expected) => {
    expect(presentValue(Money.of(amount), MonthlyRate.of(rate), days).toString()).toBe(expected);
  });

  it('undoes a whole month of pro-rata growth exactly', () => {
    const balance = Money.of('673.25');
    const rate = MonthlyRate.of('0.02');
    const grown = balance.plus(proRataInterest(balance, rate, 30)); // 673.25 + 13.47 = 686.72
    expect(grown.toString()).toBe('686.72');
    expect(presentValue(grown, rate, 30).toString()).toBe('673.25'); // 686.72 / 1.02 = 673.2549…
  });

  it.each([[-1], [1.5]])('refuses %s days', (days) => {
    expect(() => presentValue(Money.of('1.00'), MonthlyRate.of('0.02'), days)).toThrow(RangeError);
  });
});
