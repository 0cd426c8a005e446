import { Type, type Static } from '@sinclair/typebox';
import { Money, PortabilityNumber, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * PortabilityTransferCompleted v1 — the balance was transferred and the origin confirmed it
 * settled its contract (R-LN-11): the deduction may now move to us at Dataprev.
 *
 * Producer: averbation-connector. Consumers: loan (requests the averbação, operation
 * PORTABILIDADE) and proposal (timeline).
 */
export const PortabilityTransferCompletedPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    portabilityNumber: PortabilityNumber,
    amount: Money,
    /** The origin's settlement receipt. */
    settlementReceipt: Type.Optional(Text(64)),
    completedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PortabilityTransferCompletedPayload' },
);
export type PortabilityTransferCompletedPayload = Static<typeof PortabilityTransferCompletedPayload>;
