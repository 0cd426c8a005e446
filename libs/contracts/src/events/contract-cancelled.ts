import { Type, type Static } from '@sinclair/typebox';
import { Money, StringEnum, UtcTimestamp, Uuid } from '../schema/primitives';

/** Why a contract was cancelled rather than settled. */
/**
 * PORTABILITY_FAILED: a portability in whose transfer or settlement at the exchange failed (R-LN-7).
 * REFINANCING_REFUSED: the contract a refinancing would replace is no longer the customer's active
 * contract when loan books it (settled, cancelled meanwhile): the new contract ends at once (R-LN-6).
 * ACCEPTANCE_EXPIRED: the customer never accepted the issued CCB within the window; the proposal
 * expired and the contract, never booked, ends (R-LN-9).
 */
export const CONTRACT_CANCELLATION_REASONS = ['RIGHT_OF_REGRET', 'CUSTOMER_REQUEST', 'AVERBATION_FAILED', 'PORTABILITY_FAILED', 'REFINANCING_REFUSED', 'ACCEPTANCE_EXPIRED'] as const;

/**
 * ContractCancelled v1 — a contract was undone: right of regret within 7 days (R-PR-8, CDC art.
 * 49), a cancellation before activation, or an averbation that failed for good.
 *
 * Producer: loan. Consumers: averbation-connector (cancels the Dataprev registration and frees the
 * margin, R-AV-1, R-AV-3), payment (stops billing), notification (confirms to the customer) and
 * proposal (CANCELLED, R-PR-2).
 */
export const ContractCancelledPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    customerId: Uuid,
    reason: StringEnum(CONTRACT_CANCELLATION_REASONS, 'ContractCancellationReason'),
    /** Whether a deduction was registered at Dataprev and must be cancelled there. */
    averbationRegistered: Type.Boolean(),
    /** What the customer must return on regret (the released amount; IOF is not charged). */
    amountToReturn: Type.Optional(Money),
    cancelledAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'ContractCancelledPayload' },
);
export type ContractCancelledPayload = Static<typeof ContractCancelledPayload>;
