import { SIX, d, m, positionOf, rowText } from '../../test/support/contracts';
import { unwrap } from '../errors/result';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanTerm } from '../schedule/loan-term';
import { extraAmortization } from './extra-amortization';
import { RefinanceRequest, paidCount, refinance } from './refinance';

// SIX (test/support/contracts.ts) with #1 and #2 paid, refinanced on 2026-03-25: P_t = 2045.80 (B_2 2030.63 + 15.17).
// New terms: 1.2% a.m., 4 months, first due 2026-04-25 (31 days). Expectations: Python decimal at 60 digits.
const request = (overrides: Partial<RefinanceRequest> = {}): RefinanceRequest => ({
  date: d('2026-03-25'),
  newRate: MonthlyRate.of('0.012'),
  newTerm: LoanTerm.of(4),
  newFirstDueDate: d('2026-04-25'),
  ...overrides,
});

describe('refinance', () => {
  it('without troco: no IOF, F = P_t, CET of P_t released', () => {
    // PMT = R(2045.80 × 1.012^(31/30 − 1) × 0.012 / (1 − 1.012^−4)) = 527.09; row 1: R(2045.80 × (1.012^(31/30) − 1)) = 25.37.
    const r = unwrap(refinance(positionOf(SIX, 1, 2), request()));
    expect([r.oldPayoff, r.troco, r.iof, r.financedAmount, r.installment].map(String)).toEqual(['2045.80', '0.00', '0.00', '2045.80', '527.09']);
    expect(r.schedule.rows.map(rowText)).toEqual([
      ['1', '2026-04-25', '527.09', '25.37', '501.72', '1544.08'],
      ['2', '2026-05-25', '527.09', '18.53', '508.56', '1035.52'],
      ['3', '2026-06-25', '527.09', '12.43', '514.66', '520.86'],
      ['4', '2026-07-25', '527.11', '6.25', '520.86', '0.00'],
    ]);
    expect([r.monthlyPercent.toFixed(2), r.annualPercent.toFixed(2)]).toEqual(['1.21', '15.51']);
  });

  it('with troco: IOF on the troco alone, F = P_t + troco + IOF', () => {
    // IOF DECREE on 500 over the new terms from t: F' = R(500 / (1 − f)) = 505.11, IOF 5.11; F = 2045.80 + 500 + 5.11.
    const r = unwrap(refinance(positionOf(SIX, 1, 2), request({ troco: m('500') })));
    expect([r.iof, r.financedAmount, r.installment].map(String)).toEqual(['5.11', '2550.91', '657.23']);
    expect([r.monthlyPercent.toFixed(2), r.annualPercent.toFixed(2), r.iofVersion]).toEqual(['1.29', '16.63', 'IOF-PF-0.38-0.0082']);
  });

  it('refinances an amended position on its own payoff', () => {
    // After REDUCE_TERM (B' 1045.80 on 03-25, rows #3..#5): payoff on 04-01 = 1045.80 + R(3.6394) 3.64.
    const amended = unwrap(extraAmortization(positionOf(SIX, 1, 2), { date: d('2026-03-25'), amount: m('1000'), mode: 'REDUCE_TERM' })).position;
    expect(paidCount(amended)).toBe(2); // #1 and #2, settled before the position's start
    const r = unwrap(refinance(amended, request({ date: d('2026-04-01') })));
    expect([r.oldPayoff, r.financedAmount].map(String)).toEqual(['1049.44', '1049.44']);
  });

  it.each<[string, string, number[], Partial<RefinanceRequest>]>([
    // 5k ≥ n: 5 × 1 < 6.
    ['one of six paid', 'REFINANCE_TOO_EARLY', [1], {}],
    // Too early is decided before payoff's errors: here #2 is also overdue.
    ['one of six paid and overdue', 'REFINANCE_TOO_EARLY', [1], { date: d('2026-03-20') }],
    ['#3 overdue', 'OVERDUE_INSTALLMENTS', [1, 2], { date: d('2026-04-11'), newFirstDueDate: d('2026-05-11') }],
    ['every row paid', 'CONTRACT_SETTLED', [1, 2, 3, 4, 5, 6], { date: d('2026-07-10'), newFirstDueDate: d('2026-08-10') }],
    ['a new first due date on t', 'INVALID_DATE', [1, 2], { newFirstDueDate: d('2026-03-25') }],
    ['a negative troco', 'INVALID_INPUT', [1, 2], { troco: m('-0.01') }],
  ])('refuses %s → %s', (_name, code, paid, overrides) => {
    const result = refinance(positionOf(SIX, ...paid), request(overrides));
    expect(!result.ok && result.error.code).toBe(code);
  });
});
