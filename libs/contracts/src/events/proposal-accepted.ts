import { Type, type Static } from '@sinclair/typebox';
import { OriginationChannel } from '../schema/domain';
import { Sha256Hex, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * ProposalAccepted v1 — the customer accepted the contract loan issued, by its CCB's hash (R-LN-9).
 *
 * Producer: proposal, where every channel's API lives: `POST /v1/{channel}/proposals/{id}/acceptance`
 * with the hash of the document read, refused for another hash or after the acceptance window.
 * Consumer: loan, which books the contract only now (averbation, portability transfer or
 * activation) and keeps the acceptance with it. Who accepted is the caller's token subject (the
 * customer, or the corban or staff user acting for them), never personal data.
 */
export const ProposalAcceptedPayload = Type.Object(
  {
    proposalId: Uuid,
    contractId: Uuid,
    customerId: Uuid,
    documentHash: Sha256Hex,
    acceptedAt: UtcTimestamp,
    channel: OriginationChannel,
    acceptedBy: Text(200),
  },
  { additionalProperties: false, title: 'ProposalAcceptedPayload' },
);
export type ProposalAcceptedPayload = Static<typeof ProposalAcceptedPayload>;
