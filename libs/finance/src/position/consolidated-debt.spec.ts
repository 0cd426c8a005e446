import { HAND, d, positionOf } from '../../test/support/contracts';
import { unwrap } from '../errors/result';
import { consolidatedDebt, updatedBalance, valuationAnchor } from './consolidated-debt';

// HAND (test/support/contracts.ts): 346.75 due 05-10, 346.75 due 06-10, 346.77 due 07-10; balances 673.25, 339.97, 0.
// Late charges: fine R(2%), mora R(0.033% a day). Expectations worked by hand.
describe('consolidatedDebt', () => {
  it.each<[string, number[], string, [number, string, string, string, string, string]]>([
    // #1 10 days late: fine R(6.935) 6.94, mora R(1.144275) 1.14; rest from #1: 673.25 + R(673.25 × (1.02^(10/30) − 1) = 4.4587) 4.46.
    ['#1 overdue 10 days', [], '2026-05-20', [1, '346.75', '6.94', '1.14', '677.71', '1032.54']],
    // #1 36 days late: mora R(4.11939) 4.12; #2 5 days: mora R(0.5721375) 0.57; fines 2 × 6.94;
    // rest from #2: 339.97 + R(339.97 × (1.02^(5/30) − 1) = 1.1239) 1.12 = 341.09 → 693.50 + 13.88 + 4.69 + 341.09.
    ['#1 and #2 overdue', [], '2026-06-15', [2, '693.50', '13.88', '4.69', '341.09', '1053.16']],
    // #2 paid ahead, #1 15 days late: mora R(1.7164) 1.72; rest 673.25 + 6.70 − R(346.75 / 1.02^(16/30) = 343.1071) 343.11.
    ['#2 paid ahead, #1 overdue', [2], '2026-05-25', [1, '346.75', '6.94', '1.72', '336.84', '692.25']],
    // #3 10 days late after the last due date: nothing after it, the rest is zero.
    ['the last row overdue', [1, 2], '2026-07-20', [1, '346.77', '6.94', '1.14', '0.00', '354.85']],
    // Nothing overdue: the payoff, 673.25 + R(13.465) 13.47.
    ['nothing overdue', [1], '2026-06-09', [0, '0.00', '0.00', '0.00', '686.72', '686.72']],
    // #1 and #2 paid, on #2's due date: the anchor includes #2 (paid today): B_2 = 339.97, not 673.25 + 13.92 − 346.75 = 340.42.
    ['the row due today already paid', [1, 2], '2026-06-10', [0, '0.00', '0.00', '0.00', '339.97', '339.97']],
    // #1 due today and unpaid is not late: 1000 + 20.00.
    ['the row due today unpaid', [], '2026-05-10', [0, '0.00', '0.00', '0.00', '1020.00', '1020.00']],
  ])('%s (%j paid, on %s)', (_name, paid, date, expected) => {
    const debt = unwrap(consolidatedDebt(positionOf(HAND, ...paid), d(date)));
    expect([debt.overdue.length, ...[debt.overdueAmount, debt.fine, debt.mora, debt.remaining.payoff, debt.total].map(String)]).toEqual(expected);
    expect(debt.lateChargesVersion).toBe('LATE-2-0.033');
  });

  it('itemises each overdue row', () => {
    const debt = unwrap(consolidatedDebt(positionOf(HAND), d('2026-06-15')));
    expect(debt.overdue.map((r) => [r.number, r.daysLate, ...[r.dueDate, r.fine, r.mora, r.total].map(String)])).toEqual([
      [1, 36, '2026-05-10', '6.94', '4.12', '357.81'],
      [2, 5, '2026-06-10', '6.94', '0.57', '354.26'],
    ]);
  });

  it('refuses a date before the start', () => {
    const result = consolidatedDebt(positionOf(HAND), d('2026-04-09'));
    expect(!result.ok && result.error.code).toBe('DATE_BEFORE_LAST_PAYMENT');
  });

  it('updatedBalance is its total', () => {
    expect(unwrap(updatedBalance(positionOf(HAND), d('2026-05-20'))).toString()).toBe('1032.54');
  });
});

describe('valuationAnchor: rows due before the date, and the one due on it when paid', () => {
  it.each<[number[], string, number]>([
    [[], '2026-05-09', 0],
    [[], '2026-05-10', 0],
    [[1], '2026-05-10', 1],
    [[], '2026-05-11', 1],
    [[1, 2], '2026-06-10', 2],
    [[], '2026-08-01', 3],
  ])('%j paid, on %s → %i', (paid, date, anchor) => {
    expect(valuationAnchor(positionOf(HAND, ...paid), d(date))).toBe(anchor);
  });
});
