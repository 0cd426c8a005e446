import { MonthlyRate } from './monthly-rate';
import { annualRate, dailyRate } from './conversions';
import { Money } from '../money/money';
import { proRataInterest } from './pro-rata';

// Independent expectations: Python decimal at 60 digits, (1+i)^(1/30) − 1 and (1+i)^12 − 1.
describe('dailyRate (12 places, half-up)', () => {
  it.each([
    ['0.02', '0.000660305482'],
    ['0.01', '0.000331732706'],
    ['0.0214', '0.000706056982'],
    ['0.0999', '0.003179017947'],
    ['0', '0.000000000000'],
  ])('%s a.m. → %s a.d.', (monthly, daily) => {
    expect(dailyRate(MonthlyRate.of(monthly)).toFixed(12)).toBe(daily);
  });
});

describe('annualRate (6 places, half-up)', () => {
  it.each([
    ['0.02', '0.268242'],
    ['0.01', '0.126825'],
    ['0.0214', '0.289289'],
    ['0.0999', '2.135006'],
    ['0.0185', '0.246041'],
    ['0', '0.000000'],
  ])('%s a.m. → %s a.a.', (monthly, annual) => {
    expect(annualRate(MonthlyRate.of(monthly)).toFixed(6)).toBe(annual);
  });
});

describe('proRataInterest: R(B × ((1+i)^(d/30) − 1))', () => {
  it.each([
    ['5000', '0.02', 10, '33.11'],
    ['5000', '0.02', 30, '100.00'], // a whole month is exactly B × i
    ['1234.56', '0.0185', 31, '23.61'],
    ['800', '0.0166', 60, '26.78'],
    ['250000', '0.035', 365, '129939.34'],
    ['5000', '0.02', 0, '0.00'],
    ['5000', '0', 45, '0.00'],
  ])('%s at %s for %i days = %s', (balance, rate, days, expected) => {
    expect(proRataInterest(Money.of(balance), MonthlyRate.of(rate), days).toString()).toBe(expected);
  });
});
