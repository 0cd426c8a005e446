import { DomainError } from '@consignado/core';

/**
 * What the claims desk refuses, with a stable code and a pt-BR message; the service kit derives
 * the HTTP status from how the code ends (…NOT_FOUND 404, …CONFLICT 409, other refusals 422).
 * Malformed input is a field error (INSURER.INVALID_…, 400) raised at the edge.
 */
export type InsurerErrorCode = 'INSURER.CLAIM.NOT_FOUND' | 'INSURER.CLAIM_CONFLICT' | 'INSURER.POLICY_ALREADY_CLAIMED';

export class InsurerError extends DomainError {
  /** Details name only what the caller sent or owns (its claim, the policy's claim number). */
  override readonly exposeDetails = true;

  constructor(code: InsurerErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
  }
}

export const claimNotFound = (): InsurerError => new InsurerError('INSURER.CLAIM.NOT_FOUND', 'Sinistro não encontrado.');
export const claimConflict = (claimId: string): InsurerError =>
  new InsurerError('INSURER.CLAIM_CONFLICT', `O sinistro ${claimId} já foi aberto com outros dados; uma nova abertura deve repetir exatamente os mesmos.`, { claimId });
export const policyAlreadyClaimed = (policyNumber: string, insurerClaimNumber: string): InsurerError =>
  new InsurerError('INSURER.POLICY_ALREADY_CLAIMED', `A apólice ${policyNumber} já tem o sinistro ${insurerClaimNumber}: o prestamista cobre um único sinistro por apólice.`, { policyNumber, insurerClaimNumber });
