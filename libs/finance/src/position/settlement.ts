import { IsoDate } from '../dates/iso-date';
import { Result, ok } from '../errors/result';
import { Money } from '../money/money';
import { ConsolidatedDebt, consolidatedDebt } from './consolidated-debt';
import { ContractPosition } from './contract-position';
import { PositionPayoff, positionPayoff } from './position-payoff';

/** What settles a position on a date, with how it was reached. */
export type Settlement =
  | { readonly kind: 'PAYOFF'; readonly amount: Money; readonly payoff: PositionPayoff }
  | { readonly kind: 'CONSOLIDATED_DEBT'; readonly amount: Money; readonly debt: ConsolidatedDebt };

/** True when an unpaid row fell due before `date`. */
export const hasOverdue = (position: ContractPosition, date: IsoDate): boolean =>
  position.rows.some((row) => !row.paid && row.dueDate.isBefore(date));

/**
 * The settlement amount on `date` (docs/life-cycle.md "Early settlement"): the payoff when nothing
 * is overdue (and its refusals: CONTRACT_SETTLED, DATE_BEFORE_LAST_PAYMENT); otherwise the
 * consolidated debt with no discount — a late contract can always be settled.
 */
export function settlementAmount(position: ContractPosition, date: IsoDate): Result<Settlement> {
  if (!hasOverdue(position, date)) {
    const payoff = positionPayoff(position, date);
    return payoff.ok ? ok({ kind: 'PAYOFF', amount: payoff.value.payoff, payoff: payoff.value }) : payoff;
  }
  const debt = consolidatedDebt(position, date);
  return debt.ok ? ok({ kind: 'CONSOLIDATED_DEBT', amount: debt.value.total, debt: debt.value }) : debt;
}
