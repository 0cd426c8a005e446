import type { IsoDate, Money } from '@consignado/finance';
import type { DenialReason } from './denial-reason';

export const CLAIM_STATUSES = ['UNDER_REVIEW', 'PAID', 'DENIED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What a credit-life claim covers: the insured's death (seed 003 §4.9). */
export const CLAIM_CAUSES = ['DEATH'] as const;
export type ClaimCause = (typeof CLAIM_CAUSES)[number];

/** The bank's filing: `claimId` is the bank's own key, so a retried filing never opens two claims. */
export interface ClaimRequest {
  readonly claimId: string;
  readonly contractId: string;
  readonly policyNumber: string;
  readonly cause: ClaimCause;
  /** The day the coverage is valued on (the insured's death, as the bank recorded it). */
  readonly coverageDate: IsoDate;
  readonly coverageAmount: Money;
}

/** How the review ends: paid in full, or denied with a reason and its pt-BR explanation. */
export type Verdict = { readonly outcome: 'PAID' } | { readonly outcome: 'DENIED'; readonly reason: DenialReason; readonly message: string };

/** The review a claim gets, fixed when it is filed: deterministic, and the same after a restart. */
export interface ReviewPlan {
  readonly verdict: Verdict;
  readonly reviewMs: number;
}

export interface ClaimState {
  readonly insurerClaimNumber: string;
  readonly request: ClaimRequest;
  readonly filedAt: Date;
  /** When the review ends: the decision is dated then, whenever it is first read. */
  readonly decidesAt: Date;
  readonly verdict: Verdict;
  status: ClaimStatus;
}
