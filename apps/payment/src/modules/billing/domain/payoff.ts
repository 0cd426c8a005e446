import type { IsoDate, Money } from '@consignado/finance';
import type { SettledPosition } from '../../payment/domain/payment';
import type { BillingProps } from './billing';
import { positionOf, settlementOf } from './billing-position';
import { PayoffNotComputableError, PayoffShortError } from './payoff.errors';

/** Money another contract or bank paid to end this one: a refinancing's proceeds, a portability's transfer. */
export interface PayoffRequest {
  readonly amount: Money;
  /** The date the payoff was quoted for (refinancing payoffDate, portability balanceDate). */
  readonly date: IsoDate;
  readonly source: 'REFINANCING' | 'PORTABILITY';
}

export type PayoffDecision = { readonly kind: 'SETTLE'; readonly settled: SettledPosition } | { readonly kind: 'CREDIT' };

/**
 * What a payoff does to the billing (docs/life-cycle.md, refinancing and portability out): on an
 * ACTIVE contract it settles at finance's settlement amount on the date and whatever came beyond
 * it is the customer's refundable credit (an installment paid after the quote makes the payoff
 * smaller). A contract already ended (loan settled it) takes it all as credit. Less than the
 * settlement amount cannot happen by construction: BILLING.PAYOFF_SHORT, the money must go back.
 */
export function decidePayoff(billing: Readonly<BillingProps>, request: PayoffRequest): PayoffDecision {
  if (billing.status !== 'ACTIVE' || billing.installments.every((i) => i.status === 'PAID')) return { kind: 'CREDIT' };
  const settled = settlementOf(billing, positionOf(billing), request.date);
  if (!settled.ok) throw new PayoffNotComputableError(settled.error.code, settled.error.message, request.date);
  if (request.amount.lt(settled.value.amount)) throw new PayoffShortError(request.source, request.amount, settled.value.amount, request.date);
  return { kind: 'SETTLE', settled: settled.value };
}
