import { SIX, d, m, positionOf, rowText } from '../../test/support/contracts';
import { dec } from '../decimal/dec';
import { unwrap } from '../errors/result';
import { LoanTerm } from '../schedule/loan-term';
import { WorkoutRequest, workoutOffer } from './workout-offer';

// SIX (test/support/contracts.ts) with #1 and #2 paid, on 2026-04-20: #3 (526.84, due 04-10) is 10 days late:
// fine R(526.84 × 2% = 10.5368) 10.54, mora R(526.84 × 0.033% × 10 = 1.7386) 1.74; the rest from #3:
// B_3 1534.25 + R(1534.25 × (1.015^(10/30) − 1) = 7.6332) 7.63 = 1541.88; debt 526.84 + 10.54 + 1.74 + 1541.88 = 2081.00.
const late = positionOf(SIX, 1, 2);
const request = (overrides: Partial<WorkoutRequest> = {}): WorkoutRequest => ({
  date: d('2026-04-20'),
  capacity: m('300'),
  maxTerm: LoanTerm.of(12),
  ...overrides,
});

describe('workoutOffer', () => {
  it('30 days of grace: the first period is 60 days and its interest accrues', () => {
    // First due 04-20 + 60 days = 06-19; row 1 interest R(2081.00 × (1.015^2 − 1) = 62.898225) = 62.90, more than
    // the 31.22 of a 30-day period. 7 months would cost 320.12 > 300; 8 cost 282.16.
    const w = unwrap(workoutOffer(late, request({ graceDays: 30 })));
    const c = w.consolidated;
    expect([c.overdue.length, ...[c.overdueAmount, c.fine, c.mora, w.discount, c.remaining.payoff, w.debt].map(String)]).toEqual([
      1, '526.84', '10.54', '1.74', '0.00', '1541.88', '2081.00',
    ]);
    expect([w.term.months, w.installment.toString(), w.dates.firstDueDate.toString(), w.schedule.totalPaid.toString()]).toEqual([8, '282.16', '2026-06-19', '2257.27']);
    expect(rowText(w.schedule.rows[0])).toEqual(['1', '2026-06-19', '282.16', '62.90', '219.26', '1861.74']);
  });

  it('half the late charges forgiven, no grace', () => {
    // discount R(0.5 × (10.54 + 1.74)) = 6.14; debt 2074.86; first due 05-20; row 1 R(2074.86 × 0.015 = 31.1229) 31.12.
    const w = unwrap(workoutOffer(late, request({ lateChargesDiscount: dec('0.5') })));
    expect([w.discount, w.debt, w.installment].map(String)).toEqual(['6.14', '2074.86', '277.17']);
    expect([w.term.months, w.dates.firstDueDate.toString(), w.schedule.rows[0].interest.toString()]).toEqual([8, '2026-05-20', '31.12']);
  });

  it.each<[string, string, number[], Partial<WorkoutRequest>]>([
    ['no term up to 12 months fits R$ 100', 'NO_FEASIBLE_TERM', [1, 2], { capacity: m('100') }],
    ['#3 due today, not late', 'NO_OVERDUE_INSTALLMENTS', [1, 2], { date: d('2026-04-10') }],
    ['every row paid', 'CONTRACT_SETTLED', [1, 2, 3, 4, 5, 6], { date: d('2026-07-20') }],
    ['a date before the start', 'DATE_BEFORE_LAST_PAYMENT', [], { date: d('2026-01-09') }],
    ['#2 paid ahead, nothing late', 'NO_OVERDUE_INSTALLMENTS', [1, 2], { date: d('2026-03-09') }],
    ['a discount above 1', 'INVALID_INPUT', [1, 2], { lateChargesDiscount: dec('1.01') }],
    ['366 days of grace', 'INVALID_INPUT', [1, 2], { graceDays: 366 }],
  ])('refuses %s → %s', (_name, code, paid, overrides) => {
    const result = workoutOffer(positionOf(SIX, ...paid), request(overrides));
    expect(!result.ok && result.error.code).toBe(code);
  });
});
