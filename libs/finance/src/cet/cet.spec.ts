import { IsoDate } from '../dates/iso-date';
import { unwrap } from '../errors/result';
import { Money } from '../money/money';
import { cet } from './cet';

const flows = (released: string, releaseDate: string, payments: [string, string][]) => ({
  released: Money.of(released),
  releaseDate: IsoDate.of(releaseDate),
  payments: payments.map(([amount, date]) => ({ amount: Money.of(amount), date: IsoDate.of(date) })),
});

const percents = (input: ReturnType<typeof flows>) => {
  const result = unwrap(cet(input));
  return [result.annualPercent.toFixed(2), result.monthlyPercent.toFixed(2)];
};

// Independent expectations: bisection at 60 digits in Python decimal, except where the root is a
// decimal tie, worked out by hand (one payment a year later: r = payment/released − 1 exactly).
describe('cet', () => {
  it.each<[string, string, string, [string, string][], string, string]>([
    ['a tie rounds half-even down: r = 10.005%', '1000', '2026-01-01', [['1100.05', '2027-01-01']], '10.00', '0.80'],
    ['a tie rounds half-even up: r = 10.015%', '1000', '2026-01-01', [['1100.15', '2027-01-01']], '10.02', '0.80'],
    ['366 days over Feb 29', '1000', '2027-03-01', [['1100.00', '2028-03-01']], '9.97', '0.80'],
    [
      'a Price schedule with month-end dates',
      '2500',
      '2027-12-31',
      [
        ['858.88', '2028-01-31'],
        ['858.88', '2028-02-29'],
        ['858.89', '2028-03-31'],
      ],
      '19.98',
      '1.53',
    ],
    [
      'zero interest',
      '1000',
      '2026-01-10',
      [
        ['250', '2026-02-10'],
        ['250', '2026-03-10'],
        ['250', '2026-04-10'],
        ['250', '2026-05-10'],
      ],
      '0.00',
      '0.00',
    ],
    ['a loss: r = −10% exactly', '1000', '2026-01-01', [['900', '2027-01-01']], '-10.00', '-0.87'],
    // r = 3^(365/30) − 1 and monthly 3^(365/360) − 1, exactly.
    ['a huge rate', '100', '2026-01-01', [['300', '2026-01-31']], '63822613.64', '204.61'],
    [
      'payments given out of order',
      '5000',
      '2026-03-10',
      [
        ['2600', '2026-05-10'],
        ['2600', '2026-04-10'],
      ],
      '36.60',
      '2.63',
    ],
  ])('%s', (_name, released, releaseDate, payments, annual, monthly) => {
    expect(percents(flows(released, releaseDate, payments))).toEqual([annual, monthly]);
  });

  it.each<[string, ReturnType<typeof flows>]>([
    ['no payments', flows('1000', '2026-01-01', [])],
    ['a payment on the release date', flows('1000', '2026-01-01', [['1100', '2026-01-01']])],
    ['a payment before the release', flows('1000', '2026-01-01', [['1100', '2025-12-01']])],
    ['a zero payment', flows('1000', '2026-01-01', [['0', '2026-02-01']])],
    ['nothing released', flows('0', '2026-01-01', [['10', '2026-02-01']])],
  ])('refuses %s', (_name, input) => {
    const result = cet(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
  });
});
