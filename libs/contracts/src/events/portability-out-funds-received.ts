import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, Ispb, Money, PortabilityNumber, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * PortabilityOutFundsReceived v1 — the destination institution transferred the balance we stated
 * for one of our contracts (R-LN-7, R-LN-11).
 *
 * Producer: averbation-connector. Consumer: payment, which records it as the payment that settles
 * the contract (source PORTABILITY, purpose EARLY_SETTLEMENT, reason PORTED_OUT) under the
 * billing's lock; loan then settles the contract and the connector confirms it at the exchange.
 */
export const PortabilityOutFundsReceivedPayload = Type.Object(
  {
    contractId: Uuid,
    portabilityNumber: PortabilityNumber,
    destinationInstitutionIspb: Ispb,
    amount: Money,
    /** The date the balance was stated for: the settlement is valued on it. */
    balanceDate: IsoDate,
    receivedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PortabilityOutFundsReceivedPayload' },
);
export type PortabilityOutFundsReceivedPayload = Static<typeof PortabilityOutFundsReceivedPayload>;
