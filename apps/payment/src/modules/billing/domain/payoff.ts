import type { IsoDate, Money } from '@consignado/finance';
import type { SettledPosition } from '../../payment/domain/payment';
import type { BillingProps } from './billing';
import { positionOf, settlementOf } from './billing-position';
import { PayoffNotComputableError, PayoffShortError } from './payoff.errors';

/** Who paid a payoff: a refinancing's proceeds, a portability's transfer, a credit-life insurer's claim payment. */
export type PayoffSource = 'REFINANCING' | 'PORTABILITY' | 'INSURANCE';

/** Money another contract, bank or insurer paid to end this one. */
export interface PayoffRequest {
  readonly amount: Money;
  /** The date the payoff is valued on (refinancing payoffDate, portability balanceDate, claim coverageDate). */
  readonly date: IsoDate;
  readonly source: PayoffSource;
}

/** What a payoff settles and on whose behalf; each is paid once (the payment store's unique indexes). */
export type PayoffSettlement =
  | { readonly reason: 'REFINANCED'; readonly replacedByContractId: string }
  | { readonly reason: 'PORTED_OUT'; readonly portabilityNumber: string }
  | { readonly reason: 'INSURANCE_CLAIM'; readonly claimId: string };

export type PayoffDecision = { readonly kind: 'SETTLE'; readonly settled: SettledPosition } | { readonly kind: 'CREDIT' };

/**
 * What a payoff does to the billing (docs/life-cycle.md, refinancing, portability out, credit-life
 * claim): on an ACTIVE contract it settles at finance's settlement amount on the date and whatever
 * came beyond it is the customer's refundable credit (an installment paid after the quote makes
 * the payoff smaller). A contract already ended (loan settled it) takes it all as credit. Less
 * than the settlement amount cannot happen by construction: BILLING.PAYOFF_SHORT, the money must
 * go back. A block is not checked: it stops money asked for (manual payments), not money that has
 * already moved — the insurer pays precisely because the contract is blocked for DEATH.
 */
export function decidePayoff(billing: Readonly<BillingProps>, request: PayoffRequest): PayoffDecision {
  if (billing.status !== 'ACTIVE' || billing.installments.every((i) => i.status === 'PAID')) return { kind: 'CREDIT' };
  const settled = settlementOf(billing, positionOf(billing), request.date);
  if (!settled.ok) throw new PayoffNotComputableError(settled.error.code, settled.error.message, request.date);
  if (request.amount.lt(settled.value.amount)) throw new PayoffShortError(request.source, request.amount, settled.value.amount, request.date);
  return { kind: 'SETTLE', settled: settled.value };
}
