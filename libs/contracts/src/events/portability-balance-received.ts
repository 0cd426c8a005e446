import { Type, type Static } from '@sinclair/typebox';
import { PortabilityTerms, RetentionOffer } from '../schema/life-cycle';
import { IsoDate, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * PortabilityBalanceReceived v1 — the origin institution answered at the exchange with the
 * contract's outstanding balance (R-LN-11), possibly with a retention counter-offer.
 *
 * Producer: averbation-connector. Consumers: credit-analysis (prices the portability with
 * FINANCE.md `portabilityQuote`, R-LN-7) and proposal (timeline, next state).
 */
export const PortabilityBalanceReceivedPayload = Type.Object(
  {
    proposalId: Uuid,
    /** The origin's contract and balance, with the exchange's portability number. */
    terms: PortabilityTerms,
    /** The last date the destination may transfer the balance. */
    dueBalanceLimitDate: IsoDate,
    retentionOffer: Type.Optional(RetentionOffer),
    receivedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PortabilityBalanceReceivedPayload' },
);
export type PortabilityBalanceReceivedPayload = Static<typeof PortabilityBalanceReceivedPayload>;
