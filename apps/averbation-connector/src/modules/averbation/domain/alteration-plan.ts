import type { EventEnvelope } from '@consignado/contracts';
import type { AlterationReason } from '../../dataprev/dataprev.types';

/**
 * The event that asked for a plan: an amendment (R-LN-5) or a RENEGOTIATION contract's activation
 * (R-LN-8, the workout of a late contract). Its correlationId goes on the Dataprev call.
 */
export type AlterationRequest = EventEnvelope<'ContractAmended'> | EventEnvelope<'ContractActivated'>;

/** What Dataprev must deduct from now on: the new plan's installment and rows left, and why. */
export interface AlterationPlan {
  installmentAmount: string;
  /** Installments still to deduct ("quantidadeParcelas"). */
  remainingInstallments: number;
  /** The amortization's (or the workout's) payment date: the new plan starts here. */
  effectiveDate: string;
  /** When loan amended (or opened the RENEGOTIATION) contract (ISO-8601 UTC). */
  amendedAt: string;
  /** The payment that paid the amortization, or the settling payment of the workout. */
  paymentId: string;
  reason: AlterationReason;
}

/** Why the request changes the deduction: told by the event that asked (nothing else is stored). */
export const reasonOf = (request: AlterationRequest): AlterationReason => (request.eventType === 'ContractActivated' ? 'RENEGOTIATION' : 'EXTRA_AMORTIZATION');

/** @throws Error for an activation that is no renegotiation: the caller checks (renegotiationOf). */
export function planOf(request: AlterationRequest): AlterationPlan {
  if (request.eventType === 'ContractAmended') {
    const p = request.payload;
    return { installmentAmount: p.installmentAmount, remainingInstallments: p.remainingInstallments, effectiveDate: p.effectiveDate, amendedAt: new Date(p.amendedAt).toISOString(), paymentId: p.paymentId, reason: 'EXTRA_AMORTIZATION' };
  }
  const { renegotiation, activatedAt } = request.payload;
  if (!renegotiation) throw new Error(`ContractActivated ${request.eventId} is no renegotiation: no plan to alter`);
  const { terms } = renegotiation;
  return { installmentAmount: terms.installmentAmount, remainingInstallments: terms.termMonths, effectiveDate: renegotiation.effectiveDate, amendedAt: new Date(activatedAt).toISOString(), paymentId: renegotiation.paymentId, reason: 'RENEGOTIATION' };
}

/**
 * Which of two plans of one deduction is the later: loan applies amortizations one at a time, each
 * dated no earlier than the plan it amends (a plan starts at its amortization's date), and a
 * renegotiation replaces the contract on its payment date, so (effectiveDate, amendedAt) orders
 * them as they were applied even if the events arrive out of order; amendedAt alone would do but
 * for clock skew between loan's instances within a day. Negative: `a` is older; 0: the same plan.
 */
export function comparePlans(a: AlterationPlan, b: AlterationPlan): number {
  if (a.paymentId === b.paymentId) return 0;
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  const [ta, tb] = [Date.parse(a.amendedAt), Date.parse(b.amendedAt)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  // Same day, same instant, two payments: any fixed order, so every instance agrees.
  return a.paymentId < b.paymentId ? -1 : 1;
}
