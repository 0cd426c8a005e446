import { civilDateInBrazil } from '@consignado/finance';
import type { Money } from '@consignado/finance';
import type { ClaimRequest, ClaimState, ReviewPlan, Verdict } from './claim-state';
import { DENIAL_REASONS, type DenialReason } from './denial-reason';

/** A denial for `reason`, with the given explanation or the insurer's standard one. */
export const denial = (reason: DenialReason, message?: string): Verdict => ({ outcome: 'DENIED', reason, message: message ?? DENIAL_REASONS[reason] });

/**
 * A credit-life claim at the insurer's desk: UNDER_REVIEW when filed, then PAID (the coverage
 * amount, in full) or DENIED once the review ends. The verdict and its time are fixed at filing,
 * so reading it late, twice or after a restart always tells the same story.
 */
export class Claim {
  constructor(private readonly s: ClaimState) {}

  /** A new claim. An event dated after the day it is filed (Brasília) is denied INVALID_EVENT_DATE, whatever the plan. */
  static file(request: ClaimRequest, insurerClaimNumber: string, filedAt: Date, plan: ReviewPlan): Claim {
    const verdict = request.coverageDate.isAfter(civilDateInBrazil(filedAt)) ? denial('INVALID_EVENT_DATE') : plan.verdict;
    return new Claim({ insurerClaimNumber, request, filedAt, decidesAt: new Date(filedAt.getTime() + plan.reviewMs), verdict, status: 'UNDER_REVIEW' });
  }

  get state(): Readonly<ClaimState> {
    return this.s;
  }

  /** Ends the review once it is due; true when the status changed (and must be saved). */
  review(now: Date): boolean {
    if (this.s.status !== 'UNDER_REVIEW' || now < this.s.decidesAt) return false;
    this.s.status = this.s.verdict.outcome;
    return true;
  }

  /** The same filing again: same contract, policy, cause, coverage date and amount. */
  isSameFiling(other: ClaimRequest): boolean {
    const r = this.s.request;
    return r.contractId === other.contractId && r.policyNumber === other.policyNumber && r.cause === other.cause && r.coverageDate.toString() === other.coverageDate.toString() && r.coverageAmount.eq(other.coverageAmount);
  }

  /** When the review ended: the planned time, not the time it was read. */
  get decidedAt(): Date | undefined {
    return this.s.status === 'UNDER_REVIEW' ? undefined : this.s.decidesAt;
  }

  /** A paid claim pays the coverage amount in full. */
  get paidAmount(): Money | undefined {
    return this.s.status === 'PAID' ? this.s.request.coverageAmount : undefined;
  }
}
