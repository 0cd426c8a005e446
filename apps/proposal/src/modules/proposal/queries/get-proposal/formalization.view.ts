import type { Acceptance, Formalization } from '../../domain/formalization';

/** The contract issued for acceptance as the channels read it (R-LN-9). */
export interface FormalizationView {
  contractId: string;
  /** SHA-256 of the CCB's PDF: what `POST proposals/{id}/acceptance` must name. */
  documentHash: string;
  /** Where the CCB is read: loan's route (scope `contracts:read`). */
  documentUrl: string;
  issuedAt: string;
  /** Past it, the proposal is cancelled (cancellation.reason ACCEPTANCE_EXPIRED). */
  acceptBy: string;
  /** Who accepted (token subject or client id), when and through which channel. */
  acceptance?: Acceptance;
}

export function formalizationView(f: Formalization): FormalizationView {
  const { contractId, documentHash, issuedAt, acceptBy, acceptance } = f;
  return { contractId, documentHash, documentUrl: `/v1/contracts/${contractId}/ccb`, issuedAt, acceptBy, ...(acceptance ? { acceptance: { ...acceptance } } : {}) };
}
