import { DomainError } from '@consignado/core';

/** An insurer's answer or payment names a claim this contract's policy never filed: permanent, for an operator. */
export class InsuranceClaimMismatchError extends DomainError {
  constructor(policyNumber: string, claimId: string, openClaimId: string | undefined) {
    super('CONTRACT.INSURANCE_CLAIM_MISMATCH', 'O sinistro informado não pertence à apólice deste contrato.', { policyNumber, claimId, openClaimId });
  }
}
