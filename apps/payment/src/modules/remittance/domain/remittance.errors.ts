import { DomainError } from '@consignado/core';

export class RemittanceConflictError extends DomainError {
  constructor(remittanceId: string) {
    super('PAYMENT.REMITTANCE_CONFLICT', 'Remessa já recebida com outro conteúdo', { remittanceId });
  }
}

export class RemittanceNotFoundError extends DomainError {
  constructor() {
    super('PAYMENT.REMITTANCE_NOT_FOUND', 'Remessa não encontrada');
  }
}
