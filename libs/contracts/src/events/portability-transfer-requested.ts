import { Type, type Static } from '@sinclair/typebox';
import { Ispb, Money, PortabilityNumber, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * PortabilityTransferRequested v1 — a portability contract was booked: the origin's balance must
 * be transferred to it through the exchange (R-LN-11, "STR0047").
 *
 * Producer: loan. Consumers: averbation-connector (transfers, then waits for the origin's
 * settlement confirmation) and proposal (PENDING_PORTABILITY_SETTLEMENT, learns the contract id).
 */
export const PortabilityTransferRequestedPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    customerId: Uuid,
    portabilityNumber: PortabilityNumber,
    originInstitutionIspb: Ispb,
    amount: Money,
    requestedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PortabilityTransferRequestedPayload' },
);
export type PortabilityTransferRequestedPayload = Static<typeof PortabilityTransferRequestedPayload>;
