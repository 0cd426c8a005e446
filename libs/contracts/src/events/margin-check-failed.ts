import { Type, type Static } from '@sinclair/typebox';
import { BenefitNumber, Code, Text, Uuid } from '../schema/primitives';

/**
 * MarginCheckFailed v1 — no margin could be read: the benefit is unknown, or Dataprev kept failing
 * after the connector's retries with backoff (R-AV-2).
 *
 * Producer: averbation-connector. Consumer: credit-analysis, which turns it into a CreditRejected
 * with this reason (so the proposal needs no extra state for it).
 */
export const MarginCheckFailedPayload = Type.Object(
  {
    proposalId: Uuid,
    benefitNumber: BenefitNumber,
    /** e.g. "DATAPREV.BENEFIT_NOT_FOUND", "DATAPREV.UNAVAILABLE". */
    code: Code,
    /** pt-BR (D-6). */
    message: Text(),
    /** True when the cause is transient, so a new proposal later may succeed. */
    retryable: Type.Boolean(),
    attempts: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false, title: 'MarginCheckFailedPayload' },
);
export type MarginCheckFailedPayload = Static<typeof MarginCheckFailedPayload>;
