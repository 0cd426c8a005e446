import type { InsurerClaimStatus } from '../../insurer/insurer.types';
import type { Cause } from '../../portability/domain/cause';

/**
 * Where a credit-life claim stands. FILING and UNDER_REVIEW wait for an insurer call (the row is
 * the job: file it, then ask about it until decided); PAID and DENIED are final and reported.
 */
export type InsuranceClaimStatus = 'FILING' | 'UNDER_REVIEW' | 'PAID' | 'DENIED';

export type ClaimStep = 'FILE' | 'POLL';

export interface ClaimDenial {
  /** The insurer's reason code (EXCLUDED_CAUSE…), or its refusal's code at filing (POLICY_ALREADY_CLAIMED…). */
  readonly reason: string;
  /** The insurer's pt-BR explanation. */
  readonly message: string;
  readonly deniedAt: string;
}

export interface InsuranceClaimState {
  /** Loan's claim id: the insurer keys the claim on it, and so does this table (one job per claim). */
  readonly id: string;
  readonly contractId: string;
  readonly policyNumber: string;
  readonly insurer: string;
  readonly cause: 'DEATH';
  /** The day the coverage is valued on (the block's business date). */
  readonly coverageDate: string;
  readonly coverageAmount: string;
  readonly requestedAt: string;
  /** The InsuranceClaimRequested the claim's events are caused by (its id and metadata only). */
  readonly request: Cause;
  status: InsuranceClaimStatus;
  insurerClaimNumber?: string;
  /** The insurer's status as last seen. */
  insurerStatus?: InsurerClaimStatus;
  paidAmount?: string;
  paidAt?: string;
  denial?: ClaimDenial;
  /** Failed calls in a row (reset by any answer). */
  attempts: number;
  nextAttemptAt: Date;
  lastError?: { code: string; message: string };
}
