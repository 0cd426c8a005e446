import { DomainError } from '@consignado/core';

/**
 * An acceptance that is not of this contract's CCB (R-LN-9): another document hash, proposal or
 * customer. Permanent (the consumer dead-letters it): nothing is booked on a document loan did not issue.
 */
export class DocumentMismatchError extends DomainError {
  constructor(contractId: string, field: string, issued: string, accepted: string) {
    super('CONTRACT.DOCUMENT_MISMATCH', `Aceite não confere com a CCB emitida para o contrato em ${field}: emitido ${issued}, aceito ${accepted}.`, { contractId, field, issued, accepted });
  }
}

/** A contract without a CCB: a refused refinancing (never issued one) or a contract booked before R-LN-9. */
export class DocumentNotFoundError extends DomainError {
  constructor(contractId: string) {
    super('CONTRACT.DOCUMENT_NOT_FOUND', 'CCB não emitida para este contrato.', { contractId });
  }
}
