/** Statuses of a claim at the insurer's desk. */
export const INSURER_CLAIM_STATUSES = ['UNDER_REVIEW', 'PAID', 'DENIED'] as const;
export type InsurerClaimStatus = (typeof INSURER_CLAIM_STATUSES)[number];

/** What the connector files (the claims API's body, in its field names); `claimId` is ours and keys the claim there. */
export interface FileClaimOrder {
  claimId: string;
  contractId: string;
  policyNumber: string;
  cause: 'DEATH';
  coverageDate: string;
  coverageAmount: string;
}

/** A claim as the insurer shows it; the decision's fields only once it is decided. */
export interface InsurerClaim {
  insurerClaimNumber: string;
  claimId: string;
  status: InsurerClaimStatus;
  /** PAID: what the insurer paid (decimal text). */
  paidAmount?: string;
  paidAt?: string;
  /** DENIED: the insurer's reason code and pt-BR explanation. */
  reason?: string;
  message?: string;
  deniedAt?: string;
}
