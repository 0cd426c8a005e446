import { IsoDate } from '../dates/iso-date';
import { unwrap } from '../errors/result';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from './loan-dates';
import { LoanTerm } from './loan-term';
import { PriceSchedule, priceSchedule } from './price-schedule';

// Independent expectations: a plain Python decimal implementation of FINANCE.md at 60 digits.
type Row = [number, string | null, string, string, string, string];

function build(principal: string, rate: string, term: number, contract?: string, firstDue?: string): PriceSchedule {
  const dates = contract && firstDue ? unwrap(LoanDates.create(IsoDate.of(contract), IsoDate.of(firstDue))) : undefined;
  return priceSchedule({ principal: Money.of(principal), rate: MonthlyRate.of(rate), term: LoanTerm.of(term), dates });
}

const asRow = (s: PriceSchedule, number: number): Row => {
  const r = s.rows[number - 1];
  return [r.number, r.dueDate?.toString() ?? null, r.installment.toString(), r.interest.toString(), r.amortization.toString(), r.balance.toString()];
};

describe('priceSchedule', () => {
  it.each<[string, string, string, number, string | undefined, string | undefined, string, string, Row[]]>([
    ['one month', '1000', '0.02', 1, undefined, undefined, '1020.00', '1020.00', [[1, null, '1020.00', '20.00', '1000.00', '0.00']]],
    [
      'zero rate, month-end due dates in a leap year',
      '1000',
      '0',
      4,
      '2028-01-15',
      '2028-01-31',
      '250.00',
      '1000.00',
      [
        [1, '2028-01-31', '250.00', '0.00', '250.00', '750.00'],
        [2, '2028-02-29', '250.00', '0.00', '250.00', '500.00'],
        [3, '2028-03-31', '250.00', '0.00', '250.00', '250.00'],
        [4, '2028-04-30', '250.00', '0.00', '250.00', '0.00'],
      ],
    ],
    [
      'Jan 31 → Feb 29 → Mar 31, d1 = 31',
      '2500',
      '0.015',
      3,
      '2027-12-31',
      '2028-01-31',
      '858.88',
      '2576.65',
      [
        [1, '2028-01-31', '858.88', '38.76', '820.12', '1679.88'],
        [2, '2028-02-29', '858.88', '25.20', '833.68', '846.20'],
        [3, '2028-03-31', '858.89', '12.69', '846.20', '0.00'],
      ],
    ],
    [
      'short first period (d1 = 19)',
      '3000',
      '0.0199',
      6,
      '2026-02-10',
      '2026-03-01',
      '531.54',
      '3189.25',
      [
        [1, '2026-03-01', '531.54', '37.67', '493.87', '2506.13'],
        [2, '2026-04-01', '531.54', '49.87', '481.67', '2024.46'],
        [3, '2026-05-01', '531.54', '40.29', '491.25', '1533.21'],
        [4, '2026-06-01', '531.54', '30.51', '501.03', '1032.18'],
        [5, '2026-07-01', '531.54', '20.54', '511.00', '521.18'],
        [6, '2026-08-01', '531.55', '10.37', '521.18', '0.00'],
      ],
    ],
    [
      'a half-cent interest rounds up (1000.50 × 1% = 10.005)',
      '1000.50',
      '0.01',
      2,
      undefined,
      undefined,
      '507.77',
      '1015.54',
      [
        [1, null, '507.77', '10.01', '497.76', '502.74'],
        [2, null, '507.77', '5.03', '502.74', '0.00'],
      ],
    ],
  ])('%s', (_name, principal, rate, term, contract, firstDue, installment, totalPaid, rows) => {
    const s = build(principal, rate, term, contract, firstDue);
    expect(s.installment.toString()).toBe(installment);
    expect(s.totalPaid.toString()).toBe(totalPaid);
    expect(s.totalInterest.toString()).toBe(Money.of(totalPaid).minus(Money.of(principal)).toString());
    expect(s.rows.map((r) => asRow(s, r.number))).toEqual(rows);
  });

  it.each<[string, string, string, number, string | undefined, string | undefined, string, string, Row[]]>([
    [
      '480 months',
      '100000',
      '0.005',
      480,
      undefined,
      undefined,
      '550.21',
      '264107.57',
      [
        [1, null, '550.21', '500.00', '50.21', '99949.79'],
        [2, null, '550.21', '499.75', '50.46', '99899.33'],
        [240, null, '550.21', '384.83', '165.38', '76800.81'],
        [479, null, '550.21', '5.49', '544.72', '554.21'],
        [480, null, '556.98', '2.77', '554.21', '0.00'],
      ],
    ],
    [
      '92 months with a 45-day first period: interest capitalised in row 1',
      '20000',
      '0.0214',
      92,
      '2026-01-20',
      '2026-03-06',
      '504.47',
      '46411.26',
      [
        [1, '2026-03-06', '504.47', '645.42', '-140.95', '20140.95'],
        [2, '2026-04-06', '504.47', '431.02', '73.45', '20067.50'],
        [91, '2033-09-06', '504.47', '20.92', '483.55', '493.92'],
        [92, '2033-10-06', '504.49', '10.57', '493.92', '0.00'],
      ],
    ],
    [
      'a tiny rate (0.0001% a.m.) with a 46-day first period',
      '1000000',
      '0.000001',
      12,
      '2026-01-10',
      '2026-02-25',
      '83333.92',
      '1000007.03',
      [
        [1, '2026-02-25', '83333.92', '1.53', '83332.39', '916667.61'],
        [12, '2027-01-25', '83333.91', '0.08', '83333.83', '0.00'],
      ],
    ],
    [
      '96 months with a 60-day first period',
      '10000',
      '0.02',
      96,
      '2026-01-01',
      '2026-03-02',
      '239.83',
      '23024.76',
      [
        [1, '2026-03-02', '239.83', '404.00', '-164.17', '10164.17'],
        [2, '2026-04-02', '239.83', '203.28', '36.55', '10127.62'],
        [3, '2026-05-02', '239.83', '202.55', '37.28', '10090.34'],
        [96, '2034-02-02', '240.91', '4.72', '236.19', '0.00'],
      ],
    ],
  ])('%s (selected rows)', (_name, principal, rate, term, contract, firstDue, installment, totalPaid, rows) => {
    const s = build(principal, rate, term, contract, firstDue);
    expect(s.rows).toHaveLength(term);
    expect(s.installment.toString()).toBe(installment);
    expect(s.totalPaid.toString()).toBe(totalPaid);
    expect(rows.map(([number]) => asRow(s, number))).toEqual(rows);
  });

  it('omits due dates on an undated schedule', () => {
    expect(build('1000', '0.02', 2).rows.every((row) => row.dueDate === undefined)).toBe(true);
  });

  it('refuses a non-positive principal', () => {
    expect(() => build('0', '0.02', 2)).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
  });
});
