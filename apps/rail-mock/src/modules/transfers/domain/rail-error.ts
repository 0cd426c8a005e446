import { DomainError } from '@consignado/core';

/**
 * What the rail refuses, with a stable code and a pt-BR message; the service kit derives the HTTP
 * status from how the code ends (…NOT_FOUND 404, …CONFLICT 409). Malformed input is a field error
 * (RAIL.INVALID_…, 400) raised at the edge.
 */
export type RailErrorCode = 'RAIL.TRANSFER_NOT_FOUND' | 'RAIL.TRANSFER_CONFLICT';

export class RailError extends DomainError {
  /** Details name only what the caller sent (its transfer id). */
  override readonly exposeDetails = true;

  constructor(code: RailErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
  }
}

export const transferNotFound = (): RailError => new RailError('RAIL.TRANSFER_NOT_FOUND', 'Transferência não encontrada.');
export const transferConflict = (transferId: string): RailError =>
  new RailError('RAIL.TRANSFER_CONFLICT', `A transferência ${transferId} já foi enviada com outros dados; um novo envio deve repetir exatamente os mesmos.`, { transferId });
