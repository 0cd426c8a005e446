import { type DomainError, fail, ok, type Result } from '@consignado/core';
import type { EventEnvelope } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import type { InsurerFailure, InsurerResult } from '../../insurer/insurer-failure';
import type { FileClaimOrder, InsurerClaim } from '../../insurer/insurer.types';
import type { RetryPolicy } from '../../jobs/domain/retry-policy';
import { causeOf } from '../../portability/domain/cause';
import { claimDenied, claimPaid, type InsuranceClaimEvent } from './insurance-claim-events';
import type { ClaimDenial, ClaimStep, InsuranceClaimState } from './insurance-claim-state';
import { invalidRequest, refusalReason } from './insurance-errors';

export type ClaimCallOutcome = InsurerResult<InsurerClaim>;

/** How a claim's calls are paced: backoff after failures, the poll's interval while under review. */
export interface ClaimPace {
  readonly policy: RetryPolicy;
  readonly pollIntervalMs: number;
}

const STEP_OF: Partial<Record<InsuranceClaimState['status'], ClaimStep>> = { FILING: 'FILE', UNDER_REVIEW: 'POLL' };

/**
 * A credit-life claim (R-LN-8): loan asks (InsuranceClaimRequested), we file it with the insurer
 * and ask about it until the insurer decides; then InsuranceClaimPaid or InsuranceClaimDenied,
 * once. A failing insurer never ends a claim (retried with backoff for as long as it takes); a
 * filing the insurer refuses (4xx) is denied with its code.
 */
export class InsuranceClaim {
  private events: InsuranceClaimEvent[] = [];

  constructor(private readonly state: InsuranceClaimState) {}

  /** The claim loan asked for, FILING at once; a coverage that is not above zero is refused. */
  static requested(event: EventEnvelope<'InsuranceClaimRequested'>, now: Date): Result<InsuranceClaim, DomainError> {
    const p = event.payload;
    if (!Money.parsePositive(p.coverageAmount).ok) return fail(invalidRequest(p.claimId, `cobertura ${p.coverageAmount} não é maior que zero.`));
    const { claimId, contractId, policyNumber, insurer, cause, coverageDate, coverageAmount, requestedAt } = p;
    return ok(new InsuranceClaim({ id: claimId.toLowerCase(), contractId, policyNumber, insurer, cause, coverageDate, coverageAmount, requestedAt, request: causeOf(event), status: 'FILING', attempts: 0, nextAttemptAt: now }));
  }

  get snapshot(): Readonly<InsuranceClaimState> {
    return this.state;
  }

  get dueStep(): ClaimStep | undefined {
    return STEP_OF[this.state.status];
  }

  pullEvents(): InsuranceClaimEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /** Another delivery of the same request: same contract, policy, cause, coverage date and amount. */
  isSameRequest(other: InsuranceClaim): boolean {
    const [a, b] = [this.state, other.state];
    return a.contractId === b.contractId && a.policyNumber === b.policyNumber && a.cause === b.cause && a.coverageDate === b.coverageDate && Money.of(a.coverageAmount).eq(Money.of(b.coverageAmount));
  }

  /** The filing, always with the request's own data: a retry is the same filing. */
  get fileOrder(): FileClaimOrder {
    const s = this.state;
    return { claimId: s.id, contractId: s.contractId, policyNumber: s.policyNumber, cause: s.cause, coverageDate: s.coverageDate, coverageAmount: s.coverageAmount };
  }

  /** Applies the outcome of a `step` call started earlier (the claim may have moved meanwhile). */
  record(step: ClaimStep, outcome: ClaimCallOutcome, now: Date, pace: ClaimPace, random: () => number = Math.random): void {
    if (step !== this.dueStep) return;
    if (outcome.ok) return this.observe(outcome.value, now, pace.pollIntervalMs);
    const { failure } = outcome;
    if (step === 'FILE' && failure.kind === 'REFUSED') return this.deny({ reason: refusalReason(failure.code), message: failure.message.slice(0, 500), deniedAt: now.toISOString() });
    // The insurer no longer knows a claim it numbered: file it again (the same claim id answers the same claim).
    if (step === 'POLL' && failure.status === 404) return void Object.assign(this.state, { status: 'FILING', attempts: 0, nextAttemptAt: now, lastError: errorOf(failure) });
    this.retry(failure, now, pace.policy, random);
  }

  private observe(claim: InsurerClaim, now: Date, pollIntervalMs: number): void {
    Object.assign(this.state, { insurerClaimNumber: claim.insurerClaimNumber, insurerStatus: claim.status, attempts: 0, lastError: undefined });
    if (claim.status === 'PAID') {
      Object.assign(this.state, { status: 'PAID', paidAmount: claim.paidAmount, paidAt: claim.paidAt });
      this.events.push(claimPaid(this.state));
    } else if (claim.status === 'DENIED') {
      this.deny({ reason: claim.reason ?? 'DENIED', message: claim.message ?? 'Sinistro negado pela seguradora.', deniedAt: claim.deniedAt ?? now.toISOString() });
    } else {
      Object.assign(this.state, { status: 'UNDER_REVIEW', nextAttemptAt: new Date(now.getTime() + pollIntervalMs) });
    }
  }

  private deny(denial: ClaimDenial): void {
    Object.assign(this.state, { status: 'DENIED', denial });
    this.events.push(claimDenied(this.state));
  }

  /** A failed call is tried again after a backoff, never given up: the claim is the money that settles a contract. */
  private retry(failure: InsurerFailure, now: Date, policy: RetryPolicy, random: () => number): void {
    const s = this.state;
    s.attempts += 1;
    s.lastError = errorOf(failure);
    const delay = policy.nextDelayMs(s.attempts, random) ?? policy.maxDelayMs;
    s.nextAttemptAt = new Date(now.getTime() + delay);
  }
}

const errorOf = (failure: InsurerFailure) => ({ code: failure.code, message: failure.message });
