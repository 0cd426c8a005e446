import type { EventEnvelope } from '@consignado/contracts';
import type { DataprevFailure } from '../../dataprev/dataprev.types';
import type { RetryPolicy } from '../../jobs/domain/retry-policy';
import { type AverbationEvent, completedEvent, failedEvent } from './averbation-events';

export type AverbationStatus =
  | 'PENDING_REGISTRATION'
  | 'REGISTERED'
  | 'REJECTED'
  | 'FAILED'
  | 'PENDING_CANCELLATION'
  | 'CANCELLED'
  | 'CANCELLATION_FAILED';

/** Every legal move; anything else is a bug and throws. */
export const AVERBATION_TRANSITIONS: Readonly<Record<AverbationStatus, readonly AverbationStatus[]>> = {
  PENDING_REGISTRATION: ['PENDING_REGISTRATION', 'REGISTERED', 'REJECTED', 'FAILED', 'PENDING_CANCELLATION'],
  REGISTERED: ['PENDING_CANCELLATION'],
  REJECTED: ['PENDING_REGISTRATION', 'CANCELLED'],
  FAILED: ['PENDING_REGISTRATION', 'PENDING_CANCELLATION'],
  PENDING_CANCELLATION: ['PENDING_CANCELLATION', 'CANCELLED', 'CANCELLATION_FAILED'],
  CANCELLED: [],
  CANCELLATION_FAILED: ['PENDING_CANCELLATION'],
};

/** The Dataprev call a pending averbation waits for. */
export type DataprevStep = 'REGISTER' | 'CANCEL';

/** What one Dataprev call of a step brought back. */
export type StepOutcome = { ok: true; protocol?: string; registeredAt?: string } | { ok: false; failure: DataprevFailure };

export interface AverbationState {
  readonly id: string;
  /** The contract the deduction belongs to: the request's, until a renegotiation hands it to the RENEGOTIATION contract (R-LN-8). */
  contractId: string;
  /** The request being served: its payload, and the cause of every event emitted for it. */
  request: EventEnvelope<'AverbationRequested'>;
  status: AverbationStatus;
  /** Dataprev calls of the current step so far. */
  attempts: number;
  nextAttemptAt: Date;
  protocol?: string;
  registeredAt?: string;
  cancelledAt?: Date;
  closeReason?: string;
  lastError?: { code: string; message: string };
}

/**
 * One contract's payroll deduction at Dataprev (R-AV-1, R-AV-2): registered once, retried with
 * backoff on transient failures, refused at once on business refusals, cancelled when the
 * contract is cancelled or settled. The row is also the job: its status says which Dataprev
 * call is due, `nextAttemptAt` when. It raises AverbationCompleted and AverbationFailed; the
 * caller pulls them into the outbox, caused by the AverbationRequested being served.
 */
export class Averbation {
  private events: AverbationEvent[] = [];

  constructor(private readonly state: AverbationState) {}

  static requested(id: string, request: EventEnvelope<'AverbationRequested'>, now: Date): Averbation {
    return new Averbation({ id, contractId: request.payload.contractId, request, status: 'PENDING_REGISTRATION', attempts: 0, nextAttemptAt: now });
  }

  get snapshot(): Readonly<AverbationState> {
    return this.state;
  }

  /** Events raised since the last pull, oldest first. */
  pullEvents(): AverbationEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  get contractId(): string {
    return this.state.contractId;
  }

  /** Absent once the customer's personal data was erased (the request keeps only ids and amounts). */
  get benefitNumber(): string | undefined {
    return this.state.request.payload.benefitNumber;
  }

  /** The call due now, if any. */
  get dueStep(): DataprevStep | undefined {
    if (this.state.status === 'PENDING_REGISTRATION') return 'REGISTER';
    if (this.state.status === 'PENDING_CANCELLATION') return 'CANCEL';
    return undefined;
  }

  /**
   * The loan service asked again (another AverbationRequested for this contract): a registered
   * contract is confirmed again; a refused or failed one starts over with the new request;
   * anything in progress or closed ignores it.
   */
  requestedAgain(request: EventEnvelope<'AverbationRequested'>, now: Date): void {
    const { status } = this.state;
    if (status === 'REGISTERED') return this.raise(completedEvent(this.state));
    if (status !== 'REJECTED' && status !== 'FAILED') return;
    this.move('PENDING_REGISTRATION');
    Object.assign(this.state, { request, attempts: 0, nextAttemptAt: now, lastError: undefined });
  }

  /**
   * A late contract's workout replaced it by a RENEGOTIATION contract (R-LN-8): the registered
   * deduction stays at Dataprev (altered to the new plan) and belongs to the new contract from now
   * on, so that contract's amendments and its end find it.
   */
  handOver(contractId: string): void {
    if (this.state.status !== 'REGISTERED') throw new Error(`averbation ${this.state.id}: only a REGISTERED deduction passes to another contract (${this.state.status})`);
    this.state.contractId = contractId;
  }

  /** The contract was cancelled or settled: end the deduction at Dataprev, whatever the stage. */
  close(reason: string, now: Date): void {
    const { status } = this.state;
    if (status === 'PENDING_CANCELLATION' || status === 'CANCELLED') return;
    this.state.closeReason = reason;
    if (status === 'REJECTED') {
      // Dataprev refused it: nothing was registered, nothing to cancel.
      this.move('CANCELLED');
      this.state.cancelledAt = now;
      return;
    }
    // Registered, or perhaps registered (a timed-out call may have landed): cancel to be sure.
    this.move('PENDING_CANCELLATION');
    Object.assign(this.state, { attempts: 0, nextAttemptAt: now, lastError: undefined });
  }

  /** Applies the outcome of a `step` call started earlier (the status may have moved meanwhile). */
  record(step: DataprevStep, outcome: StepOutcome, now: Date, policy: RetryPolicy, random: () => number = Math.random): void {
    if (outcome.ok && step === 'REGISTER' && outcome.protocol) {
      this.state.protocol = outcome.protocol;
      this.state.registeredAt = outcome.registeredAt;
    }
    if (step !== this.dueStep) return; // e.g. closed while the registration was in flight: the cancellation follows.
    if (outcome.ok) return step === 'REGISTER' ? this.registered() : this.cancelled(now);
    this.state.attempts += 1;
    this.state.lastError = { code: outcome.failure.code, message: outcome.failure.message };
    const delay = outcome.failure.kind === 'TRANSIENT' ? policy.nextDelayMs(this.state.attempts, random) : undefined;
    if (delay !== undefined) {
      this.state.nextAttemptAt = new Date(now.getTime() + delay);
      if (step === 'REGISTER') this.failed(outcome.failure, true, outcome.failure.message, now);
      return;
    }
    if (step === 'CANCEL') return this.move('CANCELLATION_FAILED');
    this.move(outcome.failure.kind === 'REFUSED' ? 'REJECTED' : 'FAILED');
    const message = outcome.failure.kind === 'REFUSED' ? outcome.failure.message : `${outcome.failure.message} Averbação não concluída após ${this.state.attempts} tentativas.`;
    this.failed(outcome.failure, false, message, now);
  }

  private registered(): void {
    this.move('REGISTERED');
    this.state.lastError = undefined;
    this.raise(completedEvent(this.state));
  }

  private cancelled(now: Date): void {
    this.move('CANCELLED');
    Object.assign(this.state, { cancelledAt: now, lastError: undefined });
  }

  private failed(failure: DataprevFailure, retryable: boolean, message: string, now: Date): void {
    this.raise(failedEvent(this.state, { code: failure.code, message, retryable, lastAttemptAt: now.toISOString() }));
  }

  private raise(event: AverbationEvent): void {
    this.events.push(event);
  }

  private move(to: AverbationStatus): void {
    if (!AVERBATION_TRANSITIONS[this.state.status].includes(to)) throw new Error(`averbation ${this.state.id}: illegal transition ${this.state.status} → ${to}`);
    this.state.status = to;
  }
}
