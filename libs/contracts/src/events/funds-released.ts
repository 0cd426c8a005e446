import { Type, type Static } from '@sinclair/typebox';
import { DisbursementPurpose } from '../schema/payout';
import { Money, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * FundsReleased v1 — the payment rail settled a transfer to the customer's account (R-LN-10).
 *
 * Producer: averbation-connector. Consumers: payment (the disbursement RELEASED), notification
 * (tells the customer the money is in their account).
 */
export const FundsReleasedPayload = Type.Object(
  {
    disbursementId: Uuid,
    contractId: Uuid,
    customerId: Uuid,
    purpose: DisbursementPurpose,
    amount: Money,
    /** The rail's end-to-end id of the transfer (PIX E2E id). */
    endToEndId: Text(64),
    releasedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'FundsReleasedPayload' },
);
export type FundsReleasedPayload = Static<typeof FundsReleasedPayload>;
