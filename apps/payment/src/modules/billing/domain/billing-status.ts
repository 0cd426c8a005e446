import { BillingIllegalTransitionError } from './billing.errors';

/**
 * Billing of one contract: ACTIVE while installments are collected; CANCELLED (contract undone)
 * and SETTLED (nothing more owed) stop it for good.
 */
export const BILLING_STATUSES = ['ACTIVE', 'CANCELLED', 'SETTLED'] as const;
export type BillingStatus = (typeof BILLING_STATUSES)[number];

export const BILLING_TRANSITIONS: Readonly<Record<BillingStatus, readonly BillingStatus[]>> = {
  ACTIVE: ['CANCELLED', 'SETTLED'],
  CANCELLED: [],
  SETTLED: [],
};

export function assertBillingTransition(from: BillingStatus, to: BillingStatus): void {
  if (!BILLING_TRANSITIONS[from].includes(to)) throw new BillingIllegalTransitionError(from, to);
}
