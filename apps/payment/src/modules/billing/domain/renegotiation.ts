import { type Decimal, type IsoDate, Money, type WorkoutLimits, type WorkoutOption, type WorkoutOptionOffer, workoutLimits, workoutOption } from '@consignado/finance';
import type { SettledPosition } from '../../payment/domain/payment';
import type { BillingProps } from './billing';
import { positionOf } from './billing-position';
import { assertPayable } from './installment-payment';
import { RefinancingInProgressError } from './life-cycle.errors';
import { ProductUnknownError, RenegotiationTermsChangedError, workoutRefusalOf } from './renegotiation.errors';

/** A workout the customer (or staff for them) accepts: the option asked, and the offer they saw. */
export interface RenegotiationRequest {
  readonly option: WorkoutOption;
  readonly capacity: Money;
  readonly lateChargesDiscount?: Decimal;
  readonly graceDays?: number;
  /** The offer seen (loan's workout-offers): the option must still give exactly it. */
  readonly installmentAmount: Money;
  readonly termMonths: number;
  /** Payment's business date: the workout is valued on it. */
  readonly today: IsoDate;
  /** A refinancing of this contract was approved and has not activated or been cancelled yet. */
  readonly refinancingPending: boolean;
}

export interface RenegotiationQuote {
  readonly limits: WorkoutLimits;
  readonly chosen: WorkoutOptionOffer;
  /** The debt (consolidated, less the discount) as the settlement amount; the unpaid rows it ends. */
  readonly settled: SettledPosition;
}

/**
 * Recomputes the option on the billing's position (docs/life-cycle.md, workout: payment decides):
 * checks as an early settlement's — status and block, a known position, no refinancing pending —
 * then finance's `workoutOption` within the product's limits on the date, and the offer seen must
 * be what it gives now (else PAYMENT.RENEGOTIATION_TERMS_CHANGED with the current figures).
 */
export function quoteRenegotiation(billing: Readonly<BillingProps>, request: RenegotiationRequest): RenegotiationQuote {
  assertPayable(billing);
  const position = positionOf(billing);
  if (request.refinancingPending) throw new RefinancingInProgressError();
  if (!billing.product) throw new ProductUnknownError(billing.contractId);
  const limits = workoutLimits(billing.product, request.today);
  if (!limits.ok) throw limits.error;
  const { option, capacity, lateChargesDiscount, graceDays, today: date } = request;
  const chosen = workoutOption(position, option, { date, capacity, lateChargesDiscount, graceDays }, limits.value);
  if (!chosen.ok) throw workoutRefusalOf(chosen.error);
  const { offer } = chosen.value;
  if (!offer.installment.eq(request.installmentAmount) || offer.term.months !== request.termMonths) throw new RenegotiationTermsChangedError(offer, date);
  const unpaid = billing.installments.filter((i) => i.status === 'PENDING');
  const settled = { kind: 'CONSOLIDATED_DEBT' as const, amount: offer.debt, installments: unpaid.map((i) => i.number), remainingUndiscounted: Money.sum(unpaid.map((i) => i.amount)) };
  return { limits: limits.value, chosen: chosen.value, settled };
}
