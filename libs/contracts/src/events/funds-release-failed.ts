import { Type, type Static } from '@sinclair/typebox';
import { DisbursementPurpose } from '../schema/payout';
import { Money, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * FundsReleaseFailed v1 — a transfer to the customer will not happen as requested (R-LN-10): the
 * rail refused it for good (unknown key, closed account, holder not the customer) or kept failing
 * past the retry budget. Nothing left; the customer must register another account.
 *
 * Producer: averbation-connector. Consumers: payment (the disbursement FAILED, to be requested
 * again on a new account), notification (asks the customer for a valid account).
 */
export const FundsReleaseFailedPayload = Type.Object(
  {
    disbursementId: Uuid,
    contractId: Uuid,
    customerId: Uuid,
    purpose: DisbursementPurpose,
    amount: Money,
    /** The rail's code (e.g. RAIL.KEY_NOT_FOUND, RAIL.HOLDER_MISMATCH, RAIL.UNAVAILABLE). */
    code: Type.String({ pattern: '^[A-Z]+\\.[A-Z0-9_]{2,63}$' }),
    message: Text(500),
    attempts: Type.Integer({ minimum: 1 }),
    failedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'FundsReleaseFailedPayload' },
);
export type FundsReleaseFailedPayload = Static<typeof FundsReleaseFailedPayload>;
