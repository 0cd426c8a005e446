import { type AmortizationMode, type ContractPosition, type ExtraAmortization, extraAmortization, type IsoDate, type Money, positionPayoff } from '@consignado/finance';
import type { SettledPosition } from '../../payment/domain/payment';
import type { BillingProps } from './billing';
import { positionOf, refusalOf, settlementOf } from './billing-position';
import { assertPayable, assertPaymentDate } from './installment-payment';
import { DateBeforeLastPaymentError, ExtraAmountSettlesContractError, ExtraAmountTooSmallError, RefinancingInProgressError, SettlementAmountMismatchError } from './life-cycle.errors';

/** An early settlement or extraordinary amortization asked by the customer (R-LN-4, R-LN-5). */
export interface BalanceRequest {
  readonly amount: Money;
  readonly paymentDate: IsoDate;
  /** The business date: a payment cannot be dated after it. */
  readonly today: IsoDate;
  /** A refinancing of this contract was approved and has not activated or been cancelled yet. */
  readonly refinancingPending: boolean;
}

/**
 * The checks both operations share, in order: status and block, a known position, no refinancing
 * pending, dates — not after the business date, not before the activation, not before a payment
 * already recorded (an installment paid ahead is valued on the date as paid: the date cannot precede it).
 */
function positionFor(billing: Readonly<BillingProps>, request: BalanceRequest): ContractPosition {
  assertPayable(billing);
  const position = positionOf(billing);
  if (request.refinancingPending) throw new RefinancingInProgressError();
  assertPaymentDate(billing, request);
  const later = billing.installments.flatMap((i) => (i.payment && i.payment.paidDate.isAfter(request.paymentDate) ? [i.payment.paidDate] : []));
  if (later.length > 0) throw new DateBeforeLastPaymentError(`A data não pode ser anterior ao último pagamento, em ${later.sort((a, b) => (a.isAfter(b) ? -1 : 1))[0].toString()}.`);
  return position;
}

/**
 * Early settlement (R-LN-4): the amount must be exactly finance's settlement amount on the payment
 * date — the payoff, or the consolidated debt when rows are overdue (a late contract can be
 * settled). Any other amount: the quote no longer holds (PAYMENT.SETTLEMENT_AMOUNT_MISMATCH).
 */
export function quoteSettlement(billing: Readonly<BillingProps>, request: BalanceRequest): SettledPosition {
  const position = positionFor(billing, request);
  const settled = settlementOf(billing, position, request.paymentDate);
  if (!settled.ok) throw refusalOf(settled.error);
  if (!request.amount.eq(settled.value.amount)) throw new SettlementAmountMismatchError(settled.value, request.amount, request.paymentDate);
  return settled.value;
}

/**
 * Extraordinary amortization (R-LN-5): finance's extraAmortization of the position on the payment
 * date. Refused when the amount would settle (use early settlement), does not cover the interest
 * to the date, rows are overdue, or rows were paid ahead.
 */
export function quoteAmortization(billing: Readonly<BillingProps>, request: BalanceRequest & { mode: AmortizationMode }): ExtraAmortization {
  const position = positionFor(billing, request);
  const date = request.paymentDate;
  const done = extraAmortization(position, { date, amount: request.amount, mode: request.mode });
  if (done.ok) return done.value;
  if (done.error.code === 'EXTRA_AMOUNT_SETTLES_CONTRACT') {
    const settled = settlementOf(billing, position, date);
    throw settled.ok ? new ExtraAmountSettlesContractError(settled.value.amount) : refusalOf(settled.error);
  }
  if (done.error.code === 'EXTRA_AMOUNT_TOO_SMALL') {
    const payoff = positionPayoff(position, date);
    throw payoff.ok ? new ExtraAmountTooSmallError(payoff.value.interest) : refusalOf(payoff.error);
  }
  throw refusalOf(done.error);
}
