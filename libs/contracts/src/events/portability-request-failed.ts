import { Type, type Static } from '@sinclair/typebox';
import { Code, PortabilityNumber, StringEnum, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * Why a portability in ended before the transfer: the origin refused (unknown or settled contract,
 * another portability in progress), the customer accepted the origin's retention offer, the origin
 * let the deadline pass, or the exchange could not be reached after the retries.
 */
export const PORTABILITY_REQUEST_FAILURES = ['ORIGIN_REFUSED', 'CUSTOMER_RETAINED', 'DEADLINE_EXPIRED', 'EXCHANGE_UNAVAILABLE'] as const;

/**
 * PortabilityRequestFailed v1 — no balance will come for this proposal's portability (R-LN-11).
 *
 * Producer: averbation-connector. Consumers: credit-analysis (rejects the proposal with this
 * reason) and proposal (timeline).
 */
export const PortabilityRequestFailedPayload = Type.Object(
  {
    proposalId: Uuid,
    portabilityNumber: Type.Optional(PortabilityNumber),
    reason: StringEnum(PORTABILITY_REQUEST_FAILURES, 'PortabilityRequestFailure'),
    /** The exchange's reason, e.g. "PORTABILITY.RETENCAO_DO_CLIENTE". */
    code: Code,
    /** pt-BR (D-6). */
    message: Text(),
    failedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PortabilityRequestFailedPayload' },
);
export type PortabilityRequestFailedPayload = Static<typeof PortabilityRequestFailedPayload>;
