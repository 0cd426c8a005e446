import { type FinanceError, type IsoDate, Money, payoffQuote, type PayoffQuote, presentValue, type PriceSchedule } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { ContractNotActiveError, ContractSettledError, OverdueInstallmentsError, ValuationDateInvalidError } from './contract.errors';
import type { ContractProps } from './contract-props';
import { lateChargesOn } from './late-charges-policy';

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
 * Early-settlement amount on `date` (R-LN-4, FINANCE.md): with installments 1..k paid, exactly
 * finance's `payoffQuote(k, date)`: B_k plus pro-rata interest, future interest not charged, the
 * date between due date k (the contract date for k = 0) and due date k+1. Out-of-order payments
 * are generalised: k is the longest paid prefix, and each installment after k+1 already paid is
 * worth its present value on the date at the contract rate (R(x / (1+i)^(d/30))), which is
 * deducted: the contract's value on the date less what was paid ahead.
 * Refuses SETTLED (CONTRACT.SETTLED), a contract not in force (CONTRACT.NOT_ACTIVE), a date after
 * due date k+1 (CONTRACT.OVERDUE_INSTALLMENTS) or before due date k / the contract date
 * (CONTRACT.PAYOFF_DATE_INVALID).
 */
export function payoffOn(contract: ContractProps, date: IsoDate): Result<PayoffStatement, ValuationError> {
  if (contract.status === 'SETTLED') return fail(new ContractSettledError(contract.id));
  if (contract.status !== 'ACTIVE') return fail(new ContractNotActiveError(contract.id, contract.status));
  const k = paidPrefix(contract);
  const quote = quoteOn(contract, k, date);
  if (!quote.ok) return quote;
  const ahead = contract.installments.filter((i) => i.number > k && i.status === 'PAID');
  const prepaidDiscount = prepaidValue(contract, k, date);
  return ok({
    date,
    paidInstallments: contract.installments.filter((i) => i.status === 'PAID').length,
    balance: quote.value.balance,
    interest: quote.value.interest,
    prepaidDiscount,
    payoff: quote.value.payoff.minus(prepaidDiscount),
    remainingUndiscounted: quote.value.remainingUndiscounted.minus(Money.sum(ahead.map((i) => i.snapshot.amount))),
  });
}

/**
 * The updated balance on `date` (seed 002 §7 "saldoDevedorAtualizado"): everything owed if it were
 * all paid that day. Let s = installments due before the date, and the anchor a = s, or s + 1 when
 * the installment due on the date itself is already paid. Owed = each unpaid installment 1..a with
 * its late charges to the date (`lateCharges`) + `payoffQuote(a, date).payoff` for the rest
 * (nothing when a = n) − the present value of installments after a already paid. With 1..k paid and
 * the date between due dates k and k+1 (inclusive) the anchor is k and this is exactly the payoff.
 * SETTLED, CANCELLED and AVERBATION_FAILED owe "0.00"; a contract still waiting for averbação has
 * no balance yet (null). A date before the contract date is refused (CONTRACT.BALANCE_DATE_INVALID).
 */
export function updatedBalanceOn(contract: ContractProps, date: IsoDate): Result<Money | null, ValuationDateInvalidError> {
  const { contractDate } = contract.terms;
  if (date.isBefore(contractDate)) {
    return fail(new ValuationDateInvalidError('CONTRACT.BALANCE_DATE_INVALID', `A data do saldo não pode ser anterior à data do contrato (${contractDate.toString()}).`, date.toString()));
  }
  if (contract.status === 'PENDING_AVERBATION') return ok(null);
  if (contract.status !== 'ACTIVE') return ok(Money.ZERO);
  const rows = contract.installments;
  const dueBefore = rows.filter((i) => i.snapshot.dueDate.isBefore(date)).length;
  const dueToday = rows[dueBefore]?.snapshot.dueDate.equals(date) ? rows[dueBefore] : undefined;
  const anchor = dueToday?.status === 'PAID' ? dueBefore + 1 : dueBefore;
  const overdue = rows.slice(0, anchor).filter((i) => i.status === 'PENDING').map((i) => lateChargesOn(i.snapshot, date).total);
  const future = anchor === rows.length ? Money.ZERO : unwrapQuote(quoteOn(contract, anchor, date)).payoff;
  return ok(Money.sum(overdue).plus(future).minus(prepaidValue(contract, anchor, date)));
}

/** k: installments 1..k are all PAID and k+1 is not. */
function paidPrefix(contract: ContractProps): number {
  const firstUnpaid = contract.installments.findIndex((i) => i.status !== 'PAID');
  return firstUnpaid === -1 ? contract.installments.length : firstUnpaid;
}

/** Σ present value on `date` of the installments after `anchor` already paid (all due on or after the date). */
function prepaidValue(contract: ContractProps, anchor: number, date: IsoDate): Money {
  const { monthlyRate } = contract.terms;
  const ahead = contract.installments.filter((i) => i.number > anchor && i.status === 'PAID');
  return Money.sum(ahead.map(({ snapshot: r }) => presentValue(r.amount, monthlyRate, date.daysUntil(r.dueDate))));
}

function quoteOn(contract: ContractProps, paidInstallments: number, date: IsoDate): Result<PayoffQuote, ValuationError> {
  const { monthlyRate: rate, dates } = contract.terms;
  const quote = payoffQuote({ schedule: scheduleOf(contract), rate, dates, paidInstallments, date });
  return quote.ok ? ok(quote.value) : fail(fromFinance(contract, quote.error, date));
}

function unwrapQuote(quote: Result<PayoffQuote, ValuationError>): PayoffQuote {
  // The anchor is chosen so that due date a ≤ date ≤ due date a+1: a refusal here is a bug.
  if (!quote.ok) throw quote.error;
  return quote.value;
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
      throw error; // INVALID_INPUT on paidInstallments: not a caller's mistake
  }
}

/** The booked schedule as finance's PriceSchedule (the rows equal priceSchedule's: checked at booking). */
function scheduleOf(contract: ContractProps): PriceSchedule {
  const rows = contract.installments.map(({ snapshot: i }) => ({
    number: i.number, dueDate: i.dueDate, installment: i.amount, interest: i.interest, amortization: i.amortization, balance: i.balance,
  }));
  const principal = contract.terms.financedAmount;
  const totalPaid = Money.sum(rows.map((r) => r.installment));
  return { principal, installment: contract.terms.installmentAmount, totalInterest: totalPaid.minus(principal), totalPaid, rows };
}
