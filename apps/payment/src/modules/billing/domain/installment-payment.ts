import { civilDateInBrazil, type IsoDate, Money } from '@consignado/finance';
import type { BillingInstallment, BillingProps } from './billing';
import {
  ContractNotActiveError,
  ContractSettledError,
  DateBeforeActivationError,
  DateInFutureError,
  InsufficientAmountError,
  InvalidInstallmentError,
} from './billing.errors';
import { assertNotBlocked } from './contract-block';
import { chargesOn } from './late-charges';

/** A manual payment of chosen installments (seed 002 §8.1). */
export interface PaymentRequest {
  readonly installments: readonly number[];
  readonly amount: Money;
  readonly paymentDate: IsoDate;
  /** The business date: a payment cannot be dated after it. */
  readonly today: IsoDate;
}

/** What one installment costs on the payment date: its amount plus fine and mora when late. */
export interface Allocation {
  readonly installmentNumber: number;
  readonly dueDate: IsoDate;
  readonly amount: Money;
  readonly daysLate: number;
  readonly fine: Money;
  readonly mora: Money;
  readonly total: Money;
}

export interface PaymentQuote {
  readonly paymentDate: IsoDate;
  readonly amount: Money;
  readonly allocations: readonly Allocation[];
  /** Σ allocation totals: the least the payment must be. */
  readonly required: Money;
  /** amount − required; credited to the customer, never applied to other installments. */
  readonly overpayment: Money;
  /** The late-charge parameter version applied. */
  readonly parameters: string;
}

/** The installment's charges if paid on `paymentDate` (R-LN-3). */
export function allocationOf(installment: BillingInstallment, paymentDate: IsoDate): Allocation & { parameters: string } {
  const charges = chargesOn(installment.amount, installment.dueDate, paymentDate);
  const { daysLate, fine, mora, total, parameters } = charges;
  return { installmentNumber: installment.number, dueDate: installment.dueDate, amount: installment.amount, daysLate, fine, mora, total, parameters };
}

/**
 * Checks a manual payment against the billing in seed 002 §8.2's order — contract status (and
 * block), installments, dates, amount — and prices each chosen installment on the payment date.
 * Throws the first refusal; the caller has then written nothing.
 */
export function quotePayment(billing: Readonly<BillingProps>, request: PaymentRequest): PaymentQuote {
  assertPayable(billing);
  const chosen = chosenInstallments(billing, request.installments);
  assertPaymentDate(billing, request);
  const allocations = chosen.map((i) => allocationOf(i, request.paymentDate));
  const required = Money.sum(allocations.map((a) => a.total));
  if (request.amount.lt(required)) throw new InsufficientAmountError(allocations.some((a) => a.daysLate > 0), required, request.amount);
  return {
    paymentDate: request.paymentDate,
    amount: request.amount,
    allocations: allocations.map(({ parameters: _, ...a }) => a),
    required,
    overpayment: request.amount.minus(required),
    parameters: allocations[0].parameters,
  };
}

/**
 * CANCELLED is not active; SETTLED, or every installment paid, is already settled; then a blocked
 * contract takes nothing asked for (R-LN-8). Every manual purpose goes through here.
 */
export function assertPayable(billing: Readonly<BillingProps>): void {
  if (billing.status === 'CANCELLED') throw new ContractNotActiveError();
  if (billing.status === 'SETTLED' || billing.installments.every((i) => i.status === 'PAID')) throw new ContractSettledError();
  assertNotBlocked(billing);
}

/** Each number in range, once, and still PENDING. */
function chosenInstallments(billing: Readonly<BillingProps>, numbers: readonly number[]): BillingInstallment[] {
  if (numbers.length === 0) throw new InvalidInstallmentError(0);
  const seen = new Set<number>();
  return numbers.map((n) => {
    const installment = billing.installments.find((i) => i.number === n);
    if (!installment || seen.has(n) || installment.status !== 'PENDING') throw new InvalidInstallmentError(n);
    seen.add(n);
    return installment;
  });
}

/** Not after the business date, not before the activation (São Paulo civil date). */
export function assertPaymentDate(billing: Readonly<BillingProps>, request: { paymentDate: IsoDate; today: IsoDate }): void {
  if (request.paymentDate.isAfter(request.today)) throw new DateInFutureError();
  const activation = activationDateOf(billing);
  if (activation && request.paymentDate.isBefore(activation)) throw new DateBeforeActivationError();
}

/** The civil date (São Paulo) the contract was activated on. */
export function activationDateOf(billing: Readonly<BillingProps>): IsoDate | undefined {
  return billing.activatedAt ? civilDateInBrazil(billing.activatedAt) : undefined;
}
