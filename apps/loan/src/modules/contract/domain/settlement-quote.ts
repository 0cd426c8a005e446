import { type IsoDate, Money, type OverdueInstallment, type PositionPayoff, settlementAmount } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { lastPaymentAfter } from './contract-payments';
import { positionOf } from './contract-plan';
import type { ContractProps } from './contract-props';
import { ContractNotActiveError, ContractSettledError, ValuationDateInvalidError } from './contract.errors';

/**
 * What settles an ACTIVE contract on a date (R-LN-4, docs/life-cycle.md "Early settlement"):
 * finance's `settlementAmount` of its position. PAYOFF when nothing is overdue; otherwise
 * CONSOLIDATED_DEBT — each overdue installment with fine and mora to the date, plus the payoff of
 * the rest — so a late contract can always be settled.
 */
export interface SettlementQuote {
  date: IsoDate;
  kind: 'PAYOFF' | 'CONSOLIDATED_DEBT';
  /** What a settlement on the date must pay: the payoff, or the consolidated debt's total. */
  amount: Money;
  /** Installments PAID, in any order. */
  paidInstallments: number;
  /** Every unpaid installment summed (overdue ones included): what running the contract out would cost. */
  remainingUndiscounted: Money;
  /** PAYOFF: the payoff itself; CONSOLIDATED_DEBT: the payoff of the rows after the overdue ones. */
  rest: PositionPayoff;
  /** CONSOLIDATED_DEBT: the overdue rows with their charges, and their sums (empty and zero for PAYOFF). */
  overdue: readonly OverdueInstallment[];
  overdueAmount: Money;
  fine: Money;
  mora: Money;
}

export type QuoteError = ContractSettledError | ContractNotActiveError | ValuationDateInvalidError;

/**
 * Refuses SETTLED (CONTRACT.SETTLED), not in force (CONTRACT.NOT_ACTIVE), a date before the plan's
 * start or before a payment already recorded (CONTRACT.PAYOFF_DATE_INVALID): an installment paid
 * ahead is valued as paid on the date, so the date cannot precede its payment.
 */
export function settlementQuote(contract: ContractProps, date: IsoDate): Result<SettlementQuote, QuoteError> {
  if (contract.status === 'SETTLED') return fail(new ContractSettledError(contract.id));
  if (contract.status !== 'ACTIVE') return fail(new ContractNotActiveError(contract.id, contract.status));
  const settlement = settlementAmount(positionOf(contract), date);
  if (!settlement.ok) {
    // A position with unpaid rows refuses only a date it cannot be valued on.
    if (settlement.error.code !== 'DATE_BEFORE_LAST_PAYMENT') throw settlement.error;
    return fail(new ValuationDateInvalidError('CONTRACT.PAYOFF_DATE_INVALID', settlement.error.message, date.toString()));
  }
  const paidLater = lastPaymentAfter(contract, date);
  if (paidLater) return fail(new ValuationDateInvalidError('CONTRACT.PAYOFF_DATE_INVALID', `A data de quitação não pode ser anterior a ${paidLater.toString()}, data do último pagamento.`, date.toString()));
  const s = settlement.value;
  const paidInstallments = contract.installments.filter((i) => i.status === 'PAID').length;
  const common = { date, amount: s.amount, paidInstallments };
  if (s.kind === 'PAYOFF') {
    return ok({ ...common, kind: s.kind, remainingUndiscounted: s.payoff.remainingUndiscounted, rest: s.payoff, overdue: [], overdueAmount: Money.ZERO, fine: Money.ZERO, mora: Money.ZERO });
  }
  const { overdue, overdueAmount, fine, mora, remaining } = s.debt;
  return ok({ ...common, kind: s.kind, remainingUndiscounted: overdueAmount.plus(remaining.remainingUndiscounted), rest: remaining, overdue, overdueAmount, fine, mora });
}
