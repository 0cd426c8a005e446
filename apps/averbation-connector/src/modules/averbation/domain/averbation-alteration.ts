import type { DataprevFailure } from '../../dataprev/dataprev.types';
import type { RetryPolicy } from '../../jobs/domain/retry-policy';
import { type AlterationPlan, type AlterationRequest, comparePlans, planOf } from './alteration-plan';

/** PENDING: an "Alterar contrato" call is due. The others are where the latest plan ended. */
export type AlterationStatus = 'PENDING' | 'APPLIED' | 'REFUSED' | 'FAILED' | 'DROPPED';

export interface AlterationState {
  /** The averbation's id: one alteration row per deduction, holding its latest plan. */
  readonly id: string;
  /** The contract the deduction belongs to: a renegotiation moves it to the RENEGOTIATION contract. */
  contractId: string;
  readonly protocol: string;
  /** Absent once the customer's personal data was erased. */
  readonly benefitNumber?: string;
  plan: AlterationPlan;
  /** Bumped by every newer plan: a call's outcome counts only for the revision it sent. */
  revision: number;
  /** The ContractAmended (or renegotiation's ContractActivated) of the plan: its correlationId goes on the Dataprev call and the logs. */
  request: AlterationRequest;
  status: AlterationStatus;
  attempts: number;
  nextAttemptAt: Date;
  appliedAt?: Date;
  lastError?: { code: string; message: string };
}

/** What one "Alterar contrato" call brought back. */
export type AlterationOutcome = { ok: true } | { ok: false; failure: DataprevFailure };

/** Where a ContractAmended (or a renegotiation) left the alteration. */
export type AmendmentEffect = 'SCHEDULED' | 'SAME_PLAN' | 'STALE';

/**
 * The deduction's plan at Dataprev after extraordinary amortizations (R-LN-5) and a late
 * contract's renegotiation (R-LN-8, which also moves it to the new contract): only the latest
 * plan is ever sent, one call at a time (the row is the job), with the registration's retries and
 * backoff. An older amendment arriving late changes nothing; a newer one while a call is in flight
 * is sent after it, so Dataprev ends with the latest. A refusal or the retry limit is final for
 * that plan (recorded, never retried); a newer plan starts over.
 */
export class AverbationAlteration {
  constructor(private readonly state: AlterationState) {}

  static requested(deduction: { id: string; contractId: string; protocol: string; benefitNumber?: string }, request: AlterationRequest, now: Date): AverbationAlteration {
    return new AverbationAlteration({ ...deduction, plan: planOf(request), revision: 1, request, status: 'PENDING', attempts: 0, nextAttemptAt: now });
  }

  get snapshot(): Readonly<AlterationState> {
    return this.state;
  }

  amend(request: AlterationRequest, now: Date): AmendmentEffect {
    const plan = planOf(request);
    const order = comparePlans(plan, this.state.plan);
    if (order === 0) return 'SAME_PLAN';
    if (order < 0) return 'STALE';
    Object.assign(this.state, { plan, request, revision: this.state.revision + 1, status: 'PENDING', attempts: 0, nextAttemptAt: now, appliedAt: undefined, lastError: undefined });
    return 'SCHEDULED';
  }

  /** A renegotiation handed the deduction to its RENEGOTIATION contract (R-LN-8). */
  moveTo(contractId: string): void {
    this.state.contractId = contractId;
  }

  /** The deduction was no longer registered (cancelled, being cancelled) when `revision` was due: nothing left to alter. */
  drop(revision: number, reason: string): void {
    if (revision !== this.state.revision || this.state.status !== 'PENDING') return;
    Object.assign(this.state, { status: 'DROPPED', lastError: { code: 'AVERBATION.NOT_REGISTERED', message: reason } });
  }

  /** Applies the outcome of a call that sent `revision`; a newer plan waiting makes it moot. */
  record(revision: number, outcome: AlterationOutcome, now: Date, policy: RetryPolicy, random: () => number = Math.random): void {
    if (revision !== this.state.revision || this.state.status !== 'PENDING') return;
    if (outcome.ok) {
      Object.assign(this.state, { status: 'APPLIED', appliedAt: now, lastError: undefined });
      return;
    }
    this.state.attempts += 1;
    this.state.lastError = { code: outcome.failure.code, message: outcome.failure.message };
    const delay = outcome.failure.kind === 'TRANSIENT' ? policy.nextDelayMs(this.state.attempts, random) : undefined;
    if (delay !== undefined) this.state.nextAttemptAt = new Date(now.getTime() + delay);
    else this.state.status = outcome.failure.kind === 'REFUSED' ? 'REFUSED' : 'FAILED';
  }
}
