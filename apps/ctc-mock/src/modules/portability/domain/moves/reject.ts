import { fail, ok, type Result } from '@consignado/core';
import { CtcError } from '../ctc-error';
import { type Move, NOOP, type PortabilityState } from '../portability-state';
import type { PortabilityStatus } from '../portability-status';
import { type Actor, mayReject, type RejectionReason } from '../rejection-reason';
import { refused } from './guards';

/** Where each side may refuse: the origin while it has to answer, the destination after the answer. */
const REJECTABLE: Record<Actor, readonly PortabilityStatus[]> = {
  ORIGIN: ['RECEIVED', 'PENDING'],
  DESTINATION: ['ACCEPTED_SETTLEMENT_IN_PROGRESS'],
  EXCHANGE: ['PENDING', 'ACCEPTED_SETTLEMENT_IN_PROGRESS'],
};

/**
 * A refusal with one of the reasons the side may give. RETENCAO_DO_CLIENTE needs the retention
 * offer the customer accepted. The same refusal again changes nothing.
 */
export function decideRejection(state: PortabilityState, by: Actor, reason: RejectionReason, at: Date, detail?: string): Result<Move, CtcError> {
  if (!mayReject(by, reason)) return fail(new CtcError('CTC.REASON_NOT_ALLOWED', `O motivo ${reason} não pode ser usado por esta instituição.`, { reason }));
  const { closure } = state;
  if (state.status === 'REJECTED' && closure?.by === by && closure.reason === reason) return ok(NOOP);
  if (!REJECTABLE[by].includes(state.status)) return refused(state, 'recusar');
  if (reason === 'RETENCAO_DO_CLIENTE' && !state.answer?.retentionOffer) {
    return fail(new CtcError('CTC.RETENTION_WITHOUT_OFFER', 'Retenção do cliente exige uma contraproposta informada antes, com o saldo devedor.'));
  }
  return ok({ kind: 'TRANSITION', to: 'REJECTED', patch: { closure: { kind: 'REJECTED', reason, by, at, ...(detail ? { detail } : {}) } } });
}
