import { type DomainError, fail, ok, type Result } from '@consignado/core';
import type { EventEnvelope } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import type { RailFailure, RailResult } from '../../rail/rail-failure';
import type { RailTransfer, TransferOrder } from '../../rail/rail.types';
import type { RetryPolicy } from '../../jobs/domain/retry-policy';
import { causeOf } from '../../portability/domain/cause';
import { sameAccount } from './payout-account';
import { type DisbursementEvent, fundsReleased, fundsReleaseFailed } from './disbursement-events';
import type { DisbursementState, DisbursementStep } from './disbursement-state';
import { invalidRequest, railCode, UNAVAILABLE_MESSAGE } from './disbursement-errors';

export type RailCallOutcome = RailResult<RailTransfer>;

/** How a disbursement's calls are paced: backoff (its last filing attempt), the poll's interval, the wait before asking whether a filing landed. */
export interface DisbursementPace {
  readonly policy: RetryPolicy;
  readonly pollIntervalMs: number;
  readonly checkDelayMs: number;
}

const STEP_OF: Partial<Record<DisbursementState['status'], DisbursementStep>> = { FILING: 'FILE', PENDING: 'POLL', CHECKING: 'CHECK' };

/**
 * A release of funds to a customer (R-LN-10): payment asks (FundsReleaseRequested), we file the
 * transfer at the rail under the disbursement id and follow it until it settles; then
 * FundsReleased or FundsReleaseFailed, once. Never paid twice (one transfer id, idempotent at the
 * rail), never lost: a failing rail is retried with backoff, and after RAIL_MAX_ATTEMPTS failed
 * filings the disbursement fails RAIL.UNAVAILABLE only once the rail says it holds no such transfer.
 */
export class Disbursement {
  private events: DisbursementEvent[] = [];

  constructor(private readonly state: DisbursementState) {}

  /** The release payment asked for, FILING at once; an amount that is not above zero is refused. */
  static requested(event: EventEnvelope<'FundsReleaseRequested'>, now: Date): Result<Disbursement, DomainError> {
    const p = event.payload;
    if (!Money.parsePositive(p.amount).ok) return fail(invalidRequest(p.disbursementId, `valor ${p.amount} não é maior que zero.`));
    const { disbursementId, contractId, customerId, purpose, amount, account, holderCpf, requestedAt } = p;
    return ok(new Disbursement({ id: disbursementId.toLowerCase(), contractId, customerId, purpose, amount, account, holderCpf, requestedAt, request: causeOf(event), status: 'FILING', filings: 0, attempts: 0, nextAttemptAt: now }));
  }

  get snapshot(): Readonly<DisbursementState> {
    return this.state;
  }

  get dueStep(): DisbursementStep | undefined {
    return STEP_OF[this.state.status];
  }

  pullEvents(): DisbursementEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /** Another delivery of the same request: same contract, customer, purpose, amount, account and holder. */
  isSameRequest(other: Disbursement): boolean {
    const [a, b] = [this.state, other.state];
    const sameHolder = a.holderCpf !== undefined && a.holderCpf === b.holderCpf && a.account !== undefined && b.account !== undefined && sameAccount(a.account, b.account);
    return a.contractId === b.contractId && a.customerId === b.customerId && a.purpose === b.purpose && Money.of(a.amount).eq(Money.of(b.amount)) && sameHolder;
  }

  /** The transfer, always with the request's own data: a retry is the same order. */
  get order(): TransferOrder {
    const s = this.state;
    // An erasure spares rows a worker still needs (DISBURSEMENT_PENDING): one it reached is finished.
    if (!s.account || !s.holderCpf) throw new Error(`disbursement ${s.id}: no account to pay, its data was erased`);
    return { transferId: s.id, amount: Money.of(s.amount).toString(), creditor: s.account, creditorCpf: s.holderCpf, purpose: s.purpose };
  }

  /** Applies the outcome of a `step` call started earlier (the disbursement may have moved meanwhile). */
  record(step: DisbursementStep, outcome: RailCallOutcome, now: Date, pace: DisbursementPace, random: () => number = Math.random): void {
    if (step !== this.dueStep) return;
    if (step === 'FILE') this.state.filings += 1;
    if (outcome.ok) return this.observe(outcome.value, now, pace.pollIntervalMs);
    const { failure } = outcome;
    // A malformed order is refused before the rail takes anything: it never will.
    if (step === 'FILE' && failure.kind === 'REFUSED' && failure.status !== 409) return this.fail(railCode(failure.code), failure.message, now.toISOString());
    if (step === 'CHECK' && failure.status === 404) return this.fail('RAIL.UNAVAILABLE', UNAVAILABLE_MESSAGE(this.state.filings), now.toISOString());
    // The rail no longer knows a transfer it answered about: file it again (the same id answers the same transfer).
    if (step === 'POLL' && failure.status === 404) return void Object.assign(this.state, { status: 'FILING', attempts: 0, nextAttemptAt: now, lastError: errorOf(failure) });
    this.retry(step, failure, now, pace, random);
  }

  private observe(transfer: RailTransfer, now: Date, pollIntervalMs: number): void {
    Object.assign(this.state, { railStatus: transfer.status, attempts: 0, lastError: undefined });
    if (transfer.status === 'SETTLED') {
      Object.assign(this.state, { status: 'RELEASED', endToEndId: transfer.endToEndId, releasedAt: transfer.settledAt });
      this.events.push(fundsReleased(this.state));
    } else if (transfer.status === 'REJECTED') {
      this.fail(railCode(transfer.reason ?? 'REJECTED'), transfer.message ?? 'Transferência rejeitada pelo arranjo de pagamentos.', transfer.rejectedAt ?? now.toISOString());
    } else {
      Object.assign(this.state, { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + pollIntervalMs) });
    }
  }

  private fail(code: string, message: string, failedAt: string): void {
    Object.assign(this.state, { status: 'FAILED', failure: { code, message: message.slice(0, 500), failedAt } });
    this.events.push(fundsReleaseFailed(this.state));
  }

  /**
   * A failed call is tried again after a backoff. Only filing has a budget: once spent, the rail is
   * asked (after a call's timeout, for a late filing to land) whether it holds the transfer, and
   * that question is asked for as long as it takes — the outcome is never guessed.
   */
  private retry(step: DisbursementStep, failure: RailFailure, now: Date, pace: DisbursementPace, random: () => number): void {
    const s = this.state;
    s.attempts += 1;
    s.lastError = errorOf(failure);
    const delay = pace.policy.nextDelayMs(s.attempts, random);
    if (step === 'FILE' && delay === undefined) return void Object.assign(s, { status: 'CHECKING', attempts: 0, nextAttemptAt: new Date(now.getTime() + pace.checkDelayMs) });
    s.nextAttemptAt = new Date(now.getTime() + (delay ?? pace.policy.maxDelayMs));
  }
}

const errorOf = (failure: RailFailure) => ({ code: failure.code, message: failure.message });
