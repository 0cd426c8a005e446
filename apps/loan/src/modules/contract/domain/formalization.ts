import type { ContractProps } from './contract-props';
import type { Channel } from './contract-vocabulary';
import { DocumentMismatchError } from './formalization.errors';

/** The customer's acceptance of the CCB (R-LN-9): who, when, through which channel, and of which document. */
export interface Acceptance {
  readonly documentHash: string;
  readonly acceptedAt: Date;
  readonly channel: Channel;
  /** The token subject that accepted (the customer, or the corban or staff user acting for them): never personal data. */
  readonly acceptedBy: string;
}

/** The contract's CCB as issued — its SHA-256 and issue time — and, once given, its acceptance. */
export interface Formalization {
  readonly documentHash: string;
  readonly issuedAt: Date;
  readonly acceptance?: Acceptance;
}

/** An acceptance as ProposalAccepted carries it, with the proposal and customer it names. */
export interface AcceptanceRequest extends Acceptance {
  readonly proposalId: string;
  readonly customerId: string;
}

/**
 * An acceptance must be of this contract's CCB: same proposal, same customer, same document hash
 * (lowercase hex SHA-256). Anything else is CONTRACT.DOCUMENT_MISMATCH, permanent: the customer
 * accepted a document loan did not issue for this contract.
 */
export function assertAcceptanceMatches(contract: ContractProps, request: AcceptanceRequest): void {
  const issued = contract.formalization?.documentHash ?? 'nenhum';
  const pairs: Array<[string, string, string]> = [
    ['proposalId', contract.proposalId, request.proposalId],
    ['customerId', contract.customerId, request.customerId],
    ['documentHash', issued, request.documentHash],
  ];
  const wrong = pairs.find(([, ours, theirs]) => ours !== theirs);
  if (wrong) throw new DocumentMismatchError(contract.id, ...wrong);
}

/** The acceptance kept on the contract: the request without the ids it was checked against. */
export function acceptanceOf(request: AcceptanceRequest): Acceptance {
  const { documentHash, acceptedAt, channel, acceptedBy } = request;
  return { documentHash, acceptedAt, channel, acceptedBy };
}
