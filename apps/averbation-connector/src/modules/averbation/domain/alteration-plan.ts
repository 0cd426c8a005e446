import type { EventEnvelope } from '@consignado/contracts';

/** What Dataprev must deduct from now on after an amendment (R-LN-5): the new plan's installment and rows left. */
export interface AlterationPlan {
  installmentAmount: string;
  /** Installments still to deduct ("quantidadeParcelas"). */
  remainingInstallments: number;
  /** The amortization's payment date: the new plan starts here. */
  effectiveDate: string;
  /** When loan amended the contract (ISO-8601 UTC). */
  amendedAt: string;
  /** The payment that paid the amortization. */
  paymentId: string;
}

export function planOf(event: EventEnvelope<'ContractAmended'>): AlterationPlan {
  const p = event.payload;
  return {
    installmentAmount: p.installmentAmount,
    remainingInstallments: p.remainingInstallments,
    effectiveDate: p.effectiveDate,
    amendedAt: new Date(p.amendedAt).toISOString(),
    paymentId: p.paymentId,
  };
}

/**
 * Which of two plans of one contract is the later: loan applies amortizations one at a time, each
 * dated no earlier than the plan it amends (a plan starts at its amortization's date), so
 * (effectiveDate, amendedAt) orders them as they were applied even if the events arrive out of
 * order; amendedAt alone would do but for clock skew between loan's instances within a day.
 * Negative: `a` is older; 0: the same amendment (same payment).
 */
export function comparePlans(a: AlterationPlan, b: AlterationPlan): number {
  if (a.paymentId === b.paymentId) return 0;
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  const [ta, tb] = [Date.parse(a.amendedAt), Date.parse(b.amendedAt)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  // Same day, same instant, two payments: any fixed order, so every instance agrees.
  return a.paymentId < b.paymentId ? -1 : 1;
}
