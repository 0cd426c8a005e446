import { DomainError } from '@consignado/core';

/**
 * What the exchange refuses, with a stable code and a pt-BR message. The service kit derives the
 * HTTP status from how the code ends: …NOT_FOUND 404, …FORBIDDEN 403, …CONFLICT and
 * …ILLEGAL_TRANSITION 409, any other refusal 422. Malformed input is a field error
 * (CTC.INVALID_…, 400, core's fieldError) raised at the edge or by PortabilityNumber.parse.
 */
export type CtcErrorCode =
  | 'CTC.PORTABILITY.NOT_FOUND'
  | 'CTC.ROLE_FORBIDDEN'
  | 'CTC.ILLEGAL_TRANSITION'
  | 'CTC.DEADLINE_EXPIRED'
  | 'CTC.PORTABILIDADE_EM_ANDAMENTO'
  | 'CTC.SAME_INSTITUTION'
  | 'CTC.ANSWER_CONFLICT'
  | 'CTC.CONFIRMATION_CONFLICT'
  | 'CTC.IDEMPOTENCY_CONFLICT'
  | 'CTC.TRANSFER_AMOUNT_MISMATCH'
  | 'CTC.REASON_NOT_ALLOWED'
  | 'CTC.RETENTION_WITHOUT_OFFER'
  | 'CTC.ORIGIN_NOT_PARTICIPANT'
  | 'CTC.PARTICIPANT_NOT_SIMULATED';

export class CtcError extends DomainError {
  /** Details name statuses, reasons and amounts the caller sent or may see: never another bank's data. */
  override readonly exposeDetails = true;

  constructor(code: CtcErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
  }
}

export const portabilityNotFound = (): CtcError => new CtcError('CTC.PORTABILITY.NOT_FOUND', 'Portabilidade não encontrada.');
