import { DomainError } from '@consignado/core';

/** GET of a contract the projection has never seen. */
export class ContractPositionNotFoundError extends DomainError {
  constructor(contractId: string) {
    super('PROJECTION.CONTRACT_NOT_FOUND', 'Contrato não encontrado na projeção da análise de crédito', { contractId });
  }
}
