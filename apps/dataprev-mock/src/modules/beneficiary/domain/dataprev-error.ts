import { DomainError } from '@consignado/core';

/**
 * What the mock Dataprev refuses, with the HTTP status the service kit derives from the code's
 * last segment: .NOT_FOUND → 404, .CONFLICT → 409, INVALID_* → 400, the others → 422. Messages are
 * pt-BR in the seed's style ("Cliente não encontrado").
 */
export type DataprevErrorCode =
  | 'DATAPREV.CPF_INVALID'
  | 'DATAPREV.BENEFIT_NUMBER_INVALID'
  | 'DATAPREV.BENEFIT.NOT_FOUND'
  | 'DATAPREV.BENEFIT_BLOCKED'
  | 'DATAPREV.MARGIN_INSUFFICIENT'
  | 'DATAPREV.INVALID_AMOUNT'
  | 'DATAPREV.INVALID_DATE'
  | 'DATAPREV.INVALID_PORTABILITY_ORIGIN'
  | 'DATAPREV.REGISTRATION.NOT_FOUND'
  | 'DATAPREV.REGISTRATION.CONFLICT'
  | 'DATAPREV.REGISTRATION.CANCELLED';

export class DataprevError extends DomainError {
  /** Dataprev tells the bank why (the margin available, the protocol in the way): nothing internal. */
  override readonly exposeDetails = true;

  constructor(code: DataprevErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
  }
}

export const benefitNotFound = (): DataprevError => new DataprevError('DATAPREV.BENEFIT.NOT_FOUND', 'Benefício não encontrado.');

export const registrationNotFound = (): DataprevError => new DataprevError('DATAPREV.REGISTRATION.NOT_FOUND', 'Averbação não encontrada.');
