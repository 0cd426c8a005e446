import { HAND, d, positionOf } from '../../test/support/contracts';
import { unwrap } from '../errors/result';
import { settlementAmount } from './settlement';

describe('settlementAmount (docs/life-cycle.md "Early settlement")', () => {
  it('is the payoff when nothing is overdue', () => {
    const settlement = unwrap(settlementAmount(positionOf(HAND, 1), d('2026-06-09')));
    expect([settlement.kind, settlement.amount.toString()]).toEqual(['PAYOFF', '686.72']);
  });

  it('is the consolidated debt, with its breakdown, when a row is overdue', () => {
    const settlement = unwrap(settlementAmount(positionOf(HAND), d('2026-05-20')));
    expect([settlement.kind, settlement.amount.toString()]).toEqual(['CONSOLIDATED_DEBT', '1032.54']);
    if (settlement.kind === 'CONSOLIDATED_DEBT') expect(settlement.debt.overdue.map((r) => r.total.toString())).toEqual(['354.83']);
  });

  it.each<[number[], string, string]>([
    [[1, 2, 3], '2026-07-10', 'CONTRACT_SETTLED'],
    [[], '2026-04-09', 'DATE_BEFORE_LAST_PAYMENT'],
  ])('passes on payoff refusals: %j paid on %s → %s', (paid, date, code) => {
    const result = settlementAmount(positionOf(HAND, ...paid), d(date));
    expect(!result.ok && result.error.code).toBe(code);
  });
});
