import { canonicalJson, DomainError } from '@consignado/core';
import type { EventEnvelope } from '@consignado/contracts';
import type { CtcFailure } from '../../exchange/ctc-failure';
import type { CtcPortability } from '../../exchange/ctc.types';
import type { RetryPolicy } from '../../jobs/domain/retry-policy';
import { causeOf } from './cause';
import type { CallOutcome } from './portability-in';
import { fundsReceived, outRequested, type PortabilityOutEvent } from './portability-out-events';
import type { OutStep, PortabilityOutState } from './portability-out-state';

const STEP_OF: Partial<Record<PortabilityOutState['status'], OutStep>> = { REFUSING_UNKNOWN: 'REJECT', REFUSING: 'REJECT', ANSWERING: 'ANSWER', CONFIRMING: 'CONFIRM' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPEN_BEFORE_TRANSFER = ['REFUSING_UNKNOWN', 'REQUESTED', 'ANSWERING', 'REFUSING', 'ANSWERED'];

/** Our refusal of a contract number that is none of ours (not a contract id). */
export const UNKNOWN_CONTRACT = { reason: 'CONTRATO_NAO_ENCONTRADO', detail: 'Contrato não encontrado nesta instituição.' } as const;

/**
 * A portability out (R-LN-7, R-LN-11): another institution asks, through the exchange, for the
 * balance of one of our contracts. Loan answers (PortabilityOutAnswered) and we post it; the
 * destination's transfer is reported (PortabilityOutFundsReceived) for payment to settle the
 * contract; loan's ContractSettled PORTED_OUT makes us confirm the settlement. Forward-only, so
 * the feed's repeats and late snapshots change nothing.
 */
export class PortabilityOut {
  private events: PortabilityOutEvent[] = [];

  constructor(private readonly state: PortabilityOutState) {}

  /** A PENDING request seen in the feed. A contract number that is not a UUID is none of ours: refused at once, no event. */
  static requested(id: string, p: CtcPortability, correlationId: string, now: Date): PortabilityOut {
    const ours = UUID.test(p.originContractNumber);
    const out = new PortabilityOut({
      id,
      portabilityNumber: p.portabilityNumber,
      ...(ours ? { contractId: p.originContractNumber.toLowerCase() } : {}),
      destinationIspb: p.destinationIspb,
      originContractNumber: p.originContractNumber,
      requestDate: p.requestDate,
      answerDeadline: p.answerDeadline,
      requestedAt: p.requestedAt,
      correlationId,
      status: ours ? 'REQUESTED' : 'REFUSING_UNKNOWN',
      exchangeStatus: p.status,
      attempts: 0,
      nextAttemptAt: now,
    });
    if (ours) out.events.push(outRequested(out.state));
    return out;
  }

  get snapshot(): Readonly<PortabilityOutState> {
    return this.state;
  }

  get dueStep(): OutStep | undefined {
    return STEP_OF[this.state.status];
  }

  pullEvents(): PortabilityOutEvent[] {
    const pulled = this.events;
    this.events = [];
    return pulled;
  }

  /** Loan's answer: posted once; the same answer again is a repeat, a different one a conflict. */
  answered(event: EventEnvelope<'PortabilityOutAnswered'>, now: Date): DomainError | undefined {
    const a = event.payload;
    const s = this.state;
    if (a.contractId !== s.contractId) return new DomainError('PORTABILITY.CONTRACT_MISMATCH', `A portabilidade ${s.portabilityNumber} é do contrato ${s.contractId ?? '(nenhum nosso)'}, não de ${a.contractId}.`);
    if (s.answer) return canonicalJson(s.answer) === canonicalJson(a) ? undefined : new DomainError('PORTABILITY.ANSWER_CONFLICT', `A portabilidade ${s.portabilityNumber} já foi respondida com outros dados.`);
    const balance = a.outcome === 'BALANCE' && a.balance && a.balanceDate && a.remainingInstallments && a.installmentAmount && a.monthlyRate;
    if (!balance && !(a.outcome === 'REFUSED' && a.refusalCode)) return new DomainError('PORTABILITY.ANSWER_INCOMPLETE', `Resposta ${a.outcome} sem os dados que a câmara exige.`);
    Object.assign(s, { answer: a, answerCause: causeOf(event), attempts: 0, nextAttemptAt: now, lastError: undefined });
    // After the deadline (CLOSED) the answer is kept but there is nothing left to post.
    if (s.status === 'REQUESTED') s.status = a.outcome === 'BALANCE' ? 'ANSWERING' : 'REFUSING';
    return undefined;
  }

  /** Loan settled the contract with the destination's money (ContractSettled PORTED_OUT): confirm it at the exchange. */
  settled(event: EventEnvelope<'ContractSettled'>, now: Date): boolean {
    const s = this.state;
    if (s.status !== 'FUNDS_RECEIVED') return s.status === 'CONFIRMING' || s.status === 'COMPLETED';
    Object.assign(s, { status: 'CONFIRMING', settlementCause: causeOf(event), attempts: 0, nextAttemptAt: now, lastError: undefined });
    return true;
  }

  /** The exchange's portability, from the feed or an answer: moves forward, never back. */
  observe(p: CtcPortability): void {
    const s = this.state;
    s.exchangeStatus = p.status;
    if (s.status === 'ANSWERING' && p.answer) s.status = 'ANSWERED';
    if (p.status === 'ACCEPTED_SETTLEMENT_COMPLETED' && (s.status === 'ANSWERED' || s.status === 'ANSWER_FAILED')) {
      Object.assign(s, { status: 'FUNDS_RECEIVED', fundsAmount: p.transfer?.amount });
      this.events.push(fundsReceived(s, p));
    }
    if (p.status === 'PORTABILITY_COMPLETED' && s.status === 'CONFIRMING') Object.assign(s, { status: 'COMPLETED', settlementReceipt: p.settlement?.receipt });
    if ((p.status === 'REJECTED' || p.status === 'CANCELLED') && p.closure && OPEN_BEFORE_TRANSFER.includes(s.status)) {
      const ours = p.closure.by === 'ORIGIN' && (s.status === 'REFUSING' || s.status === 'REFUSING_UNKNOWN');
      Object.assign(s, { status: ours ? 'REFUSED' : 'CLOSED', closure: p.closure });
    }
  }

  /** Applies the outcome of a `step` call started earlier (the status may have moved meanwhile). */
  record(step: OutStep, outcome: CallOutcome, now: Date, policy: RetryPolicy, random: () => number = Math.random): void {
    if (step !== this.dueStep) return outcome.ok ? this.observe(outcome.portability) : undefined;
    if (outcome.ok) {
      this.state.lastError = undefined;
      if (step === 'REJECT') this.state.status = 'REFUSED';
      return this.observe(outcome.portability);
    }
    const s = this.state;
    s.attempts += 1;
    s.lastError = { code: outcome.failure.code, message: outcome.failure.message };
    const delay = outcome.failure.kind === 'TRANSIENT' ? policy.nextDelayMs(s.attempts, random) : undefined;
    if (delay !== undefined) return void (s.nextAttemptAt = new Date(now.getTime() + delay));
    s.status = step === 'CONFIRM' ? 'CONFIRMATION_FAILED' : endedAtExchange(outcome.failure) ? 'CLOSED' : 'ANSWER_FAILED';
  }
}

/** Refused because the portability is over (expired, withdrawn): nothing left to answer. */
const endedAtExchange = (failure: CtcFailure) =>
  failure.kind === 'REFUSED' && (failure.code === 'CTC.DEADLINE_EXPIRED' || ['REJECTED', 'CANCELLED'].includes(String(failure.details?.['status'])));
