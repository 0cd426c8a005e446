import { DomainError } from '@consignado/core';
import type { ProposalState } from './proposal-state';

/** R-LN-9: nothing to accept — no contract issued yet, the proposal no longer APPROVED, or already accepted by another document (HTTP 409). */
export class NotAwaitingAcceptanceError extends DomainError {
  constructor(state: ProposalState) {
    super('PROPOSAL.NOT_AWAITING_ACCEPTANCE', `A proposta não aguarda o aceite de um contrato (estado ${state}).`, { state });
  }
}

/** The hash named is not the SHA-256 of the CCB issued for the proposal. */
export class DocumentMismatchError extends DomainError {
  constructor() {
    super('PROPOSAL.DOCUMENT_MISMATCH', 'O documento aceito não é a CCB emitida para esta proposta.');
  }
}

/** The acceptance window closed (the proposal is, or is about to be, cancelled with ACCEPTANCE_EXPIRED). */
export class AcceptanceExpiredError extends DomainError {
  override readonly exposeDetails = true;

  constructor(acceptBy: string) {
    super('PROPOSAL.ACCEPTANCE_EXPIRED', 'O prazo para aceitar o contrato terminou; a proposta foi ou será cancelada.', { acceptBy });
  }
}
