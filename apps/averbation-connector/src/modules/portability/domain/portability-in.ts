import { type EventEnvelope } from '@consignado/contracts';
import { DomainError } from '@consignado/core';
import { Money } from '@consignado/finance';
import type { CtcFailure } from '../../exchange/ctc-failure';
import type { CtcPortability } from '../../exchange/ctc.types';
import type { RetryPolicy } from '../../jobs/domain/retry-policy';
import { causeOf } from './cause';
import { callFailure, type RequestFailure, requestFailureOf, type TransferFailure, transferFailureOf } from './exchange-reasons';
import { balanceReceived, type PortabilityInEvent, requestFailed, transferCompleted, transferFailed } from './portability-in-events';
import type { InStep, PortabilityInState } from './portability-in-state';

/** What one exchange call brought back: the portability after the move, or why not. */
export type CallOutcome = { ok: true; portability: CtcPortability } | { ok: false; failure: CtcFailure };

const STEP_OF: Partial<Record<PortabilityInState['status'], InStep>> = { OPENING: 'OPEN', TRANSFERRING: 'TRANSFER', CANCELLING: 'CANCEL' };

/**
 * A portability in (R-LN-7, R-LN-11): we ask the origin for the balance through the exchange,
 * report it, transfer it when loan booked the contract, and report the origin's settlement. The
 * exchange's state reaches it from the answers to our calls and from the feed, in any order and
 * more than once: every move is forward-only, so a repeat or a late snapshot changes nothing.
 */
export class PortabilityIn {
  private events: PortabilityInEvent[] = [];

  constructor(private readonly state: PortabilityInState) {}

  static requested(id: string, request: EventEnvelope<'PortabilityBalanceRequested'>, now: Date): PortabilityIn {
    const p = request.payload;
    const origin = { originIspb: p.origin.originInstitutionIspb, originContractNumber: p.origin.originContractNumber };
    return new PortabilityIn({ id, proposalId: p.proposalId, customerId: p.customerId, ...origin, cpf: p.cpf, status: 'OPENING', balanceCause: causeOf(request), attempts: 0, nextAttemptAt: now });
  }

  get snapshot(): Readonly<PortabilityInState> {
    return this.state;
  }

  get dueStep(): InStep | undefined {
    return STEP_OF[this.state.status];
  }

  pullEvents(): PortabilityInEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /**
   * The balance was asked for again (another PortabilityBalanceRequested for the proposal): an
   * outcome already reported is reported again, caused by the new request; one in progress
   * follows its course. A new portability is never opened for the same proposal.
   */
  requestedAgain(request: EventEnvelope<'PortabilityBalanceRequested'>, now: Date): void {
    const s = this.state;
    if (s.status === 'REQUEST_FAILED' && s.failure) {
      s.balanceCause = causeOf(request);
      this.events.push(requestFailed(s, s.failure as RequestFailure, now.toISOString()));
    }
    const due = s.answer?.dueBalanceLimitDate;
    if (s.status === 'BALANCE_RECEIVED' && s.answer && due && s.portabilityNumber) {
      s.balanceCause = causeOf(request);
      const p = { portabilityNumber: s.portabilityNumber, originIspb: s.originIspb, originContractNumber: s.originContractNumber, answer: s.answer };
      this.events.push(balanceReceived(s, p, due));
    }
  }

  /**
   * Loan booked the contract: transfer exactly the balance we reported, unless the contract was
   * cancelled first (then withdraw at the exchange) or the exchange already ended the
   * portability (then report it at once). A request that contradicts what we reported is refused.
   */
  transferRequested(request: EventEnvelope<'PortabilityTransferRequested'>, contractClosed: boolean, now: Date): DomainError | undefined {
    const p = request.payload;
    const s = this.state;
    if (s.contractId) return s.contractId === p.contractId ? undefined : mismatch(`já vinculada ao contrato ${s.contractId}`);
    if (!s.answer || (s.status !== 'BALANCE_RECEIVED' && s.status !== 'LAPSED')) return new DomainError('PORTABILITY.BALANCE_NOT_RECEIVED', `Portabilidade da proposta ${s.proposalId} sem saldo informado (${s.status}): nada a transferir.`);
    if (p.portabilityNumber !== s.portabilityNumber) return mismatch(`NU ${p.portabilityNumber} ≠ ${s.portabilityNumber}`);
    if (!Money.of(p.amount).eq(Money.of(s.answer.balance))) return mismatch(`valor ${p.amount} ≠ saldo informado ${s.answer.balance}`);
    Object.assign(s, { contractId: p.contractId, transferAmount: p.amount, transferCause: causeOf(request), attempts: 0, nextAttemptAt: now, lastError: undefined });
    if (contractClosed) s.status = s.status === 'LAPSED' ? 'CANCELLED' : 'CANCELLING';
    else if (s.status === 'LAPSED' && s.closure) this.failTransfer(transferFailureOf(s.closure), now.toISOString());
    else s.status = 'TRANSFERRING';
    return undefined;
  }

  /** The contract was cancelled (customer's request): withdraw while the money has not moved. */
  contractCancelled(now: Date): boolean {
    if (this.state.status !== 'TRANSFERRING') return false;
    Object.assign(this.state, { status: 'CANCELLING', attempts: 0, nextAttemptAt: now, lastError: undefined });
    return true;
  }

  /**
   * The proposal ended before any contract (the customer cancelled it, or credit analysis refused
   * it): withdraw the request at the exchange, so the origin's contract is free for another
   * portability at once instead of staying open until the deadline. A request still being opened
   * has no number yet to withdraw: it lapses at the exchange's deadline.
   */
  proposalEnded(now: Date): boolean {
    const s = this.state;
    if (s.contractId || !s.portabilityNumber || (s.status !== 'AWAITING_BALANCE' && s.status !== 'BALANCE_RECEIVED')) return false;
    Object.assign(s, { status: 'CANCELLING', attempts: 0, nextAttemptAt: now, lastError: undefined });
    return true;
  }

  /** The exchange's portability, from the feed or an answer: moves forward, never back. */
  observe(p: CtcPortability): void {
    const s = this.state;
    s.portabilityNumber ??= p.portabilityNumber;
    s.exchangeStatus = p.status;
    if (p.answer?.retentionOffer) s.retentionOffer = p.answer.retentionOffer;
    if (p.status === 'ACCEPTED_SETTLEMENT_IN_PROGRESS' && (s.status === 'OPENING' || s.status === 'AWAITING_BALANCE')) return this.answered(p);
    if (p.status === 'ACCEPTED_SETTLEMENT_COMPLETED' && s.status === 'TRANSFERRING') return void (s.status = 'AWAITING_SETTLEMENT');
    if (p.status === 'PORTABILITY_COMPLETED' && ['TRANSFERRING', 'AWAITING_SETTLEMENT', 'CANCELLING', 'CANCELLATION_FAILED', 'TRANSFER_FAILED'].includes(s.status)) return this.completed(p);
    if (p.closure) this.closed(p);
  }

  /** Applies the outcome of a `step` call started earlier (the status may have moved meanwhile). */
  record(step: InStep, outcome: CallOutcome, now: Date, policy: RetryPolicy, random: () => number = Math.random): void {
    if (step !== this.dueStep) return outcome.ok ? this.observe(outcome.portability) : undefined;
    if (outcome.ok) return this.succeeded(step, outcome.portability);
    const s = this.state;
    s.attempts += 1;
    s.lastError = { code: outcome.failure.code, message: outcome.failure.message };
    const delay = outcome.failure.kind === 'TRANSIENT' ? policy.nextDelayMs(s.attempts, random) : undefined;
    if (delay !== undefined) return void (s.nextAttemptAt = new Date(now.getTime() + delay));
    this.gaveUp(step, outcome.failure, now);
  }

  private succeeded(step: InStep, p: CtcPortability): void {
    const s = this.state;
    s.lastError = undefined;
    if (step === 'OPEN') Object.assign(s, { status: 'AWAITING_BALANCE', cpf: undefined, portabilityNumber: p.portabilityNumber });
    if (step === 'TRANSFER') s.status = 'AWAITING_SETTLEMENT';
    if (step === 'CANCEL') s.status = 'CANCELLED';
    this.observe(p);
  }

  private gaveUp(step: InStep, failure: CtcFailure, now: Date): void {
    const at = now.toISOString();
    if (step === 'OPEN') return this.failRequest(callFailure(failure, this.state.attempts), at);
    if (step === 'TRANSFER') return this.failTransfer(callFailure(failure, this.state.attempts), at);
    // Refused because the exchange already ended it: nothing moved, nothing left to withdraw.
    const ended = failure.code === 'CTC.DEADLINE_EXPIRED' || ['REJECTED', 'CANCELLED'].includes(String(failure.details?.['status']));
    this.state.status = failure.kind === 'REFUSED' && ended ? 'CANCELLED' : 'CANCELLATION_FAILED';
  }

  private answered(p: CtcPortability): void {
    const due = p.answer?.dueBalanceLimitDate;
    if (!p.answer || !due) return; // not a final answer (cannot happen in ACCEPTED_SETTLEMENT_IN_PROGRESS)
    Object.assign(this.state, { status: 'BALANCE_RECEIVED', cpf: undefined, answer: p.answer, lastError: undefined });
    this.events.push(balanceReceived(this.state, p, due));
  }

  private completed(p: CtcPortability): void {
    Object.assign(this.state, { status: 'COMPLETED', settlementReceipt: p.settlement?.receipt, failure: undefined });
    this.events.push(transferCompleted(this.state, p));
  }

  private closed(p: CtcPortability): void {
    const closure = p.closure;
    const s = this.state;
    if (!closure) return;
    s.closure ??= closure;
    if (s.status === 'OPENING' || s.status === 'AWAITING_BALANCE') this.failRequest(requestFailureOf(closure), closure.at);
    else if (s.status === 'BALANCE_RECEIVED') s.status = 'LAPSED';
    else if (s.status === 'TRANSFERRING' || s.status === 'AWAITING_SETTLEMENT') this.failTransfer(transferFailureOf(closure), closure.at);
    // Withdrawn, refused, expired, or our transfer returned: the contract is cancelled and nothing stayed moved.
    else if (s.status === 'CANCELLING' || s.status === 'CANCELLATION_FAILED') s.status = 'CANCELLED';
  }

  private failRequest(failure: RequestFailure, at: string): void {
    Object.assign(this.state, { status: 'REQUEST_FAILED', cpf: undefined, failure });
    this.events.push(requestFailed(this.state, failure, at));
  }

  private failTransfer(failure: TransferFailure, at: string): void {
    Object.assign(this.state, { status: 'TRANSFER_FAILED', failure });
    this.events.push(transferFailed(this.state, failure, at));
  }
}

const mismatch = (detail: string) => new DomainError('PORTABILITY.TRANSFER_MISMATCH', `A transferência pedida não confere com a portabilidade: ${detail}.`);
