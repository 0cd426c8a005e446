import type { ContractCancellationReason, ProposalCancellationReason } from './contract-vocabulary';
import type { ContractStatus } from './contract-status';
import { withinRegretWindow } from './regret-window';

/** Why a cancellation request had the effect it had; kept with the request (R-PR-8). */
export const CANCELLATION_EXPLANATIONS = {
  CANCELLED_BEFORE_ACTIVATION: 'Contrato cancelado antes da ativação a pedido do cliente ou operador.',
  RIGHT_OF_REGRET_EXERCISED: 'Direito de arrependimento exercido dentro de 7 dias da contratação (CDC art. 49).',
  NO_CONTRACT: 'Nenhum contrato registrado para a proposta; uma aprovação posterior não será contratada.',
  CONTRACT_ALREADY_ACTIVE: 'Contrato já ativo: após a ativação só cabe o direito de arrependimento ou a quitação.',
  CONTRACT_NOT_ACTIVE: 'Direito de arrependimento pedido para um contrato que não está ativo.',
  REGRET_WINDOW_EXPIRED: 'Prazo de 7 dias do direito de arrependimento encerrado (CDC art. 49).',
  CONTRACT_CLOSED: 'Contrato já encerrado (cancelado ou quitado).',
  ACCEPTANCE_EXPIRED: 'Contrato cancelado: a CCB não foi aceita pelo cliente dentro do prazo.',
  ALREADY_ACCEPTED: 'Prazo de aceite encerrado informado para um contrato cuja CCB já foi aceita.',
} as const;
export type CancellationExplanation = keyof typeof CANCELLATION_EXPLANATIONS;

export type CancellationDecision =
  | { outcome: 'CANCEL'; reason: ContractCancellationReason; explanation: CancellationExplanation }
  | { outcome: 'IGNORE'; explanation: CancellationExplanation };

export interface CancellationRequest {
  reason: ProposalCancellationReason;
  requestedAt: Date;
}

const ignore = (explanation: CancellationExplanation): CancellationDecision => ({ outcome: 'IGNORE', explanation });

/**
 * What a proposal cancellation does to its contract (R-PR-8). Before activation the customer (or
 * an operator) may simply cancel; once active only the right of regret within 7 days undoes it.
 * A CCB not accepted in time (R-LN-9) cancels a contract still AWAITING_ACCEPTANCE, and only that.
 * Anything else is recorded with its explanation and has no effect.
 */
export function decideCancellation(status: ContractStatus, activatedAt: Date | undefined, request: CancellationRequest): CancellationDecision {
  if (status === 'CANCELLED' || status === 'SETTLED') return ignore('CONTRACT_CLOSED');
  if (request.reason === 'ACCEPTANCE_EXPIRED') {
    if (status !== 'AWAITING_ACCEPTANCE') return ignore('ALREADY_ACCEPTED');
    return { outcome: 'CANCEL', reason: 'ACCEPTANCE_EXPIRED', explanation: 'ACCEPTANCE_EXPIRED' };
  }
  if (request.reason === 'RIGHT_OF_REGRET') {
    if (status !== 'ACTIVE' || !activatedAt) return ignore('CONTRACT_NOT_ACTIVE');
    if (!withinRegretWindow(activatedAt, request.requestedAt)) return ignore('REGRET_WINDOW_EXPIRED');
    return { outcome: 'CANCEL', reason: 'RIGHT_OF_REGRET', explanation: 'RIGHT_OF_REGRET_EXERCISED' };
  }
  if (status === 'ACTIVE') return ignore('CONTRACT_ALREADY_ACTIVE');
  // AWAITING_ACCEPTANCE, PENDING_* or AVERBATION_FAILED: nothing in force yet; an operator's cancellation is the customer's.
  return { outcome: 'CANCEL', reason: 'CUSTOMER_REQUEST', explanation: 'CANCELLED_BEFORE_ACTIVATION' };
}
