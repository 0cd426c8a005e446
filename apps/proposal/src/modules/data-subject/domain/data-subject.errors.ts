import { DomainError } from '@consignado/core';

/** Anonymizing mid-flow would break the proposal's analysis, averbação or booking. */
export class ProposalInProgressError extends DomainError {
  override readonly exposeDetails = true;

  constructor(readonly proposalIds: readonly string[]) {
    super('PERSONAL_DATA.PROPOSAL_IN_PROGRESS', 'Há proposta em andamento para o titular; conclua ou cancele antes de pedir a anonimização.', { proposalIds });
  }
}

export class AlreadyAnonymizedError extends DomainError {
  constructor() {
    super('PERSONAL_DATA.ALREADY_ANONYMIZED', 'Os dados pessoais do titular já foram anonimizados.');
  }
}

export class ErasureIdempotencyConflictError extends DomainError {
  constructor() {
    super('PERSONAL_DATA.IDEMPOTENCY_CONFLICT', 'Idempotency-Key já usada com outro pedido.');
  }
}

/** A service whose section of the export did not answer: no partial export is handed out as complete. */
export class PersonalDataSourceUnavailableError extends DomainError {
  override readonly exposeDetails = true;

  constructor(readonly service: string) {
    super('PERSONAL_DATA.SOURCE_UNAVAILABLE', `O serviço ${service} não respondeu; tente exportar novamente em instantes.`, { service });
  }
}
