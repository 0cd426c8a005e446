import { type ContractPosition, type FinanceError, type IsoDate, Money, positionPayoff, updatedBalance } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { ContractNotActiveError, ContractSettledError, OverdueInstallmentsError, ValuationDateInvalidError } from './contract.errors';
import type { ContractProps } from './contract-props';

/** What settles an ACTIVE contract on a date (FINANCE.md "Payoff", generalised to installments paid ahead). */
export interface PayoffStatement {
  date: IsoDate;
  /** Installments PAID, in any order (k when 1..k are paid). */
  paidInstallments: number;
  /** B_k after the last of the contiguously paid installments 1..k (the principal when k = 0). */
  balance: Money;
  /** Pro-rata interest on B_k from due date k (the contract date when k = 0) to the date. */
  interest: Money;
  /** Present value on the date of the installments after k+1 already paid ("0.00" when 1..k are paid). */
  prepaidDiscount: Money;
  /** balance + interest − prepaidDiscount. */
  payoff: Money;
  /** Sum of the unpaid installments: what running the contract out would cost. */
  remainingUndiscounted: Money;
}

export type ValuationError = ContractSettledError | ContractNotActiveError | OverdueInstallmentsError | ValuationDateInvalidError;

/**
 * The contract's position in finance (docs/life-cycle.md principle 3): its rate, the contract date
 * and financed amount as the start, and the booked rows (equal to priceSchedule's: checked at
 * booking), PAID ones paid. Every valuation below is a finance function of it.
 */
export function positionOf(contract: ContractProps): ContractPosition {
  const { monthlyRate, contractDate, financedAmount, installmentAmount } = contract.terms;
  const rows = contract.installments.map(({ snapshot: i }) => ({
    number: i.number, dueDate: i.dueDate, installment: i.amount, interest: i.interest, amortization: i.amortization, balance: i.balance, paid: i.status === 'PAID',
  }));
  return { rate: monthlyRate, start: { date: contractDate, balance: financedAmount }, installment: installmentAmount, rows };
}

/**
 * Early-settlement amount on `date` (R-LN-4, FINANCE.md): finance's `positionPayoff` of the
 * contract's position — with 1..k paid, B_k plus pro-rata interest, future interest not charged,
 * the date between due date k (the contract date for k = 0) and due date k+1; each installment
 * after k+1 already paid is deducted at its present value on the date.
 * Refuses SETTLED (CONTRACT.SETTLED), a contract not in force (CONTRACT.NOT_ACTIVE), a date after
 * due date k+1 (CONTRACT.OVERDUE_INSTALLMENTS) or before due date k / the contract date
 * (CONTRACT.PAYOFF_DATE_INVALID).
 */
export function payoffOn(contract: ContractProps, date: IsoDate): Result<PayoffStatement, ValuationError> {
  if (contract.status === 'SETTLED') return fail(new ContractSettledError(contract.id));
  if (contract.status !== 'ACTIVE') return fail(new ContractNotActiveError(contract.id, contract.status));
  const quote = positionPayoff(positionOf(contract), date);
  if (!quote.ok) return fail(fromFinance(contract, quote.error, date));
  const { balance, interest, prepaidDiscount, payoff, remainingUndiscounted } = quote.value;
  const paidInstallments = contract.installments.filter((i) => i.status === 'PAID').length;
  return ok({ date, paidInstallments, balance, interest, prepaidDiscount, payoff, remainingUndiscounted });
}

/**
 * The updated balance on `date` (seed 002 §7 "saldoDevedorAtualizado"): everything owed if it were
 * all paid that day — finance's `updatedBalance` of the position: each overdue installment with
 * its late charges to the date plus the rest valued like a payoff (with 1..k paid and the date
 * between due dates k and k+1 inclusive, exactly the payoff). SETTLED, CANCELLED and
 * AVERBATION_FAILED owe "0.00"; a contract still waiting for averbação has no balance yet (null).
 * A date before the contract date is refused (CONTRACT.BALANCE_DATE_INVALID).
 */
export function updatedBalanceOn(contract: ContractProps, date: IsoDate): Result<Money | null, ValuationDateInvalidError> {
  const { contractDate } = contract.terms;
  if (date.isBefore(contractDate)) {
    return fail(new ValuationDateInvalidError('CONTRACT.BALANCE_DATE_INVALID', `A data do saldo não pode ser anterior à data do contrato (${contractDate.toString()}).`, date.toString()));
  }
  if (contract.status === 'PENDING_AVERBATION') return ok(null);
  if (contract.status !== 'ACTIVE') return ok(Money.ZERO);
  const balance = updatedBalance(positionOf(contract), date);
  // The date is not before the position's start and the late-charge parameters are undated: a refusal is a bug.
  if (!balance.ok) throw balance.error;
  return ok(balance.value);
}

function fromFinance(contract: ContractProps, error: FinanceError, date: IsoDate): ValuationError {
  switch (error.code) {
    case 'CONTRACT_SETTLED':
      return new ContractSettledError(contract.id);
    case 'OVERDUE_INSTALLMENTS':
      return new OverdueInstallmentsError(error.message);
    case 'DATE_BEFORE_LAST_PAYMENT':
      return new ValuationDateInvalidError('CONTRACT.PAYOFF_DATE_INVALID', error.message, date.toString());
    default:
      throw error; // no other refusal of a payoff: not a caller's mistake
  }
}
