import { DomainError } from '@consignado/core';
import type { ProposalState } from './proposal-state';

export class ProposalNotFoundError extends DomainError {
  constructor() {
    super('PROPOSAL.NOT_FOUND', 'Proposta não encontrada');
  }
}

/** A transition the state machine does not have (R-PR-2). */
export class IllegalTransitionError extends DomainError {
  constructor(from: ProposalState, to: ProposalState) {
    super('PROPOSAL.ILLEGAL_TRANSITION', `Transição de estado não permitida: de ${from} para ${to}`, { from, to });
  }
}

/**
 * A consumed event whose precondition has not been reached yet (its cause is still in flight on
 * another topic). Not permanent: the consumer retries it with backoff until the state catches up.
 */
export class EventAheadOfStateError extends DomainError {
  constructor(eventType: string, state: ProposalState) {
    super('PROPOSAL.EVENT_AHEAD_OF_STATE', `Evento ${eventType} chegou antes do seu pré-requisito (estado atual ${state}); nova tentativa em breve`, { eventType, state });
  }
}

/** An event that contradicts the proposal it names (another customer, another contract). */
export class EventMismatchError extends DomainError {
  constructor(eventType: string, field: string) {
    super('PROPOSAL.EVENT_MISMATCH', `Evento ${eventType} não corresponde à proposta (${field})`, { eventType, field });
  }
}

export class RegretPeriodExpiredError extends DomainError {
  constructor(deadline: string) {
    super('PROPOSAL.REGRET_PERIOD_EXPIRED', 'Prazo de arrependimento de 7 dias expirado', { deadline });
  }
}

export class CancellationAlreadyRequestedError extends DomainError {
  constructor() {
    super('PROPOSAL.CANCELLATION_CONFLICT', 'O cancelamento desta proposta já foi solicitado e está em andamento');
  }
}

/** R-LN-7: once the origin confirmed its settlement the ported contract is gone there; only the right of regret remains, after contracting. */
export class PortabilityAlreadySettledError extends DomainError {
  constructor() {
    super('PROPOSAL.PORTABILITY_ALREADY_SETTLED', 'A portabilidade já foi liquidada na instituição de origem; o cancelamento só é possível pelo direito de arrependimento após a contratação.');
  }
}

export class IdempotencyConflictError extends DomainError {
  constructor() {
    super('PROPOSAL.IDEMPOTENCY_CONFLICT', 'Idempotency-Key já usada com outro conteúdo');
  }
}

/** Codes a consumer dead-letters at once: retrying cannot make them right. */
export const PERMANENT_EVENT_ERRORS = ['PROPOSAL.NOT_FOUND', 'PROPOSAL.EVENT_MISMATCH'];
