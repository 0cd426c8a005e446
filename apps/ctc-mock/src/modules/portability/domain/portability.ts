import { ok, type Result } from '@consignado/core';
import type { Money } from '@consignado/finance';
import type { CtcError } from './ctc-error';
import type { DeadlinePolicy, ExchangeTime } from './deadline-policy';
import { decideAnswer } from './moves/answer-balance';
import { decideCancellation } from './moves/cancel';
import { decideExpiry } from './moves/expire';
import { decideRejection } from './moves/reject';
import { decideConfirmation, decideReturnOfFunds } from './moves/settle';
import { decideTransfer } from './moves/transfer';
import type { Move, PortabilityRequest, PortabilityState, StatusChange } from './portability-state';
import { canMove } from './portability-status';
import type { CancellationReason, RejectionReason, Role } from './rejection-reason';
import type { OriginAnswer } from './terms';

/**
 * A portability at the exchange, identified by its NU. Each move is decided by a rule in moves/
 * and applied here, the only place its status changes, through the transition table. Results say
 * whether anything changed (false: a retry of a move already made).
 */
export class Portability {
  private changes: StatusChange[] = [];

  constructor(private readonly s: PortabilityState) {}

  /** Registers the request (RECEIVED) and forwards it to the origin at once (PENDING). */
  static request(request: PortabilityRequest, nu: string, time: ExchangeTime, policy: DeadlinePolicy): Portability {
    const answerDeadline = policy.answerDeadline(time.today);
    const p = new Portability({ ...request, nu, status: 'RECEIVED', requestedAt: time.now, requestDate: time.today, answerDeadline, statusChangedAt: time.now });
    p.changes.push({ nu, from: null, to: 'RECEIVED', at: time.now });
    p.apply({ kind: 'TRANSITION', to: 'PENDING', patch: {} }, time.now);
    return p;
  }

  get state(): Readonly<PortabilityState> {
    return this.s;
  }

  /** The side an institution is on, or undefined when the portability is none of its business. */
  roleOf(ispb: string): Role | undefined {
    return ispb === this.s.originIspb ? 'ORIGIN' : ispb === this.s.destinationIspb ? 'DESTINATION' : undefined;
  }

  answerBalance(by: Role, answer: OriginAnswer, time: ExchangeTime, policy: DeadlinePolicy): Result<boolean, CtcError> {
    return this.decided(decideAnswer(this.s, by, answer, time, policy), time.now);
  }

  reject(by: Role, reason: RejectionReason, now: Date, detail?: string): Result<boolean, CtcError> {
    return this.decided(decideRejection(this.s, by, reason, now, detail), now);
  }

  transfer(by: Role, amount: Money, time: ExchangeTime, policy: DeadlinePolicy): Result<boolean, CtcError> {
    return this.decided(decideTransfer(this.s, by, amount, time, policy), time.now);
  }

  confirmSettlement(by: Role, receipt: string | undefined, now: Date): Result<boolean, CtcError> {
    return this.decided(decideConfirmation(this.s, by, receipt, now), now);
  }

  returnFunds(by: Role, now: Date): Result<boolean, CtcError> {
    return this.decided(decideReturnOfFunds(this.s, by, now), now);
  }

  cancel(by: Role, reason: CancellationReason, now: Date, detail?: string): Result<boolean, CtcError> {
    return this.decided(decideCancellation(this.s, by, reason, now, detail), now);
  }

  /** Rejects the portability when a deadline passed; true when it did. */
  expire(time: ExchangeTime): boolean {
    return this.apply(decideExpiry(this.s, time), time.now);
  }

  /** The status changes since the last call, oldest first. */
  pullChanges(): StatusChange[] {
    const changes = this.changes;
    this.changes = [];
    return changes;
  }

  private decided(move: Result<Move, CtcError>, at: Date): Result<boolean, CtcError> {
    return move.ok ? ok(this.apply(move.value, at)) : move;
  }

  private apply(move: Move, at: Date): boolean {
    if (move.kind === 'NOOP') return false;
    if (move.kind === 'TRANSITION' && !canMove(this.s.status, move.to)) throw new Error(`illegal transition ${this.s.status} → ${move.to} (${this.s.nu})`);
    Object.assign(this.s, move.patch);
    if (move.kind === 'TRANSITION') {
      this.changes.push({ nu: this.s.nu, from: this.s.status, to: move.to, at });
      this.s.status = move.to;
      this.s.statusChangedAt = at;
    }
    return true;
  }
}
