import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/** Why a proposal was cancelled (R-PR-8). */
/** ACCEPTANCE_EXPIRED: approved, its contract issued, and not accepted within the window (R-LN-9): raised by proposal itself. */
export const PROPOSAL_CANCELLATION_REASONS = ['CUSTOMER_REQUEST', 'RIGHT_OF_REGRET', 'OPERATOR', 'ACCEPTANCE_EXPIRED'] as const;

/**
 * ProposalCancelled v1 — the customer (or an operator) cancelled a proposal (R-PR-8).
 *
 * Producer: proposal, where every channel's API lives. Consumers: credit-analysis (stops a
 * pending analysis), loan (cancels the contract if one was booked — for RIGHT_OF_REGRET, within 7
 * days of contracting, CDC art. 49 — and then emits ContractCancelled), notification (tells the
 * customer) and averbation-connector (withdraws a portability request at the exchange before any
 * contract, R-LN-11). The proposal reaches CANCELLED itself; after contracting it waits for
 * ContractCancelled.
 */
export const ProposalCancelledPayload = Type.Object(
  {
    proposalId: Uuid,
    customerId: Uuid,
    reason: StringEnum(PROPOSAL_CANCELLATION_REASONS, 'ProposalCancellationReason'),
    /** The contract to undo; present exactly when reason is RIGHT_OF_REGRET. */
    contractId: Type.Optional(Uuid),
    requestedAt: UtcTimestamp,
    /** Free note from an operator; never personal data. */
    note: Type.Optional(Text()),
  },
  { additionalProperties: false, title: 'ProposalCancelledPayload' },
);
export type ProposalCancelledPayload = Static<typeof ProposalCancelledPayload>;
