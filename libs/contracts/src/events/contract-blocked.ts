import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * Why staff suspend a contract (seed 003 §4.9, R-LN-8): a court order (compulsory), suspected fraud
 * (preventive) or the beneficiary's death (and, with credit-life insurance, a claim).
 */
export const CONTRACT_BLOCK_REASONS = ['JUDICIAL_ORDER', 'FRAUD_SUSPECTED', 'DEATH'] as const;
export const ContractBlockReason = StringEnum(CONTRACT_BLOCK_REASONS, 'ContractBlockReason');

/**
 * ContractBlocked v1 — staff with the CONTRACT_BLOCKER role suspended an ACTIVE contract: while
 * blocked it takes no manual payment, settlement, amortization, refinancing or portability out,
 * and no billing reminder is sent. The staff note stays in loan (it may name people).
 *
 * Producer: loan. Consumers: payment (refuses money on it, stops reminders), notification (notice
 * to the customer, but not for DEATH). `revision` is the contract's, as in ContractPositionChanged:
 * a consumer keeps the higher of a block and an unblock that arrive out of order (two topics).
 */
export const ContractBlockedPayload = Type.Object(
  {
    contractId: Uuid,
    customerId: Uuid,
    revision: Type.Integer({ minimum: 1 }),
    reason: ContractBlockReason,
    /** Who blocked it (the staff member's operator id). */
    operatorId: Text(128),
    blockedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'ContractBlockedPayload' },
);
export type ContractBlockedPayload = Static<typeof ContractBlockedPayload>;
