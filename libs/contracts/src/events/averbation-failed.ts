import { Type, type Static } from '@sinclair/typebox';
import { Code, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * AverbationFailed v1 — the deduction could not be registered (R-EV-2, R-AV-2): Dataprev refused
 * it, or kept failing until the connector's retry limit.
 *
 * Producer: averbation-connector. Consumers: loan (keeps the contract inactive; may request again
 * when `retryable`, or cancel), proposal (AVERBATION_FAILED, R-PR-2) and payment (a final failure
 * of a refinancing's new contract releases the hold on the contract it would have replaced).
 */
export const AverbationFailedPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    /** e.g. "AVERBATION.MARGIN_INSUFFICIENT", "DATAPREV.UNAVAILABLE". */
    code: Code,
    /** pt-BR (D-6). */
    message: Text(),
    /** True when a later attempt may succeed (unavailability, timeouts). */
    retryable: Type.Boolean(),
    attempts: Type.Integer({ minimum: 1 }),
    lastAttemptAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'AverbationFailedPayload' },
);
export type AverbationFailedPayload = Static<typeof AverbationFailedPayload>;
