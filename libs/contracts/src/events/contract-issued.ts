import { Type, type Static } from '@sinclair/typebox';
import { ProposalOperationType, OriginationChannel, Product } from '../schema/domain';
import { Sha256Hex, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * ContractIssued v1 — loan drew up the CCB (Cédula de Crédito Bancário) of an approved credit and
 * waits for the customer's acceptance before booking it (R-LN-9, seed 003 §3.1).
 *
 * Producer: loan, on CreditApproved: the contract is AWAITING_ACCEPTANCE, its CCB (a PDF rendered
 * from the approved terms: amount, rate, IOF, insurance, CET monthly and annual, full schedule,
 * right of regret) stored with its SHA-256, served at `GET /v1/contracts/{id}/ccb`. Consumers:
 * proposal (shows the document and takes the acceptance, which must name this hash; expires the
 * proposal if none comes) and notification (tells the customer a contract waits for them).
 */
export const ContractIssuedPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    customerId: Uuid,
    product: Product,
    operationType: ProposalOperationType,
    channel: OriginationChannel,
    /** SHA-256 of the CCB's PDF bytes, lowercase hex: what an acceptance must name. */
    documentHash: Sha256Hex,
    issuedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'ContractIssuedPayload' },
);
export type ContractIssuedPayload = Static<typeof ContractIssuedPayload>;
