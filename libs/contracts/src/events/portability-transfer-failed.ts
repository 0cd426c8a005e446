import { Type, type Static } from '@sinclair/typebox';
import { Code, PortabilityNumber, StringEnum, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/** The transfer deadline passed, the origin returned the funds (STR0048), or the exchange kept failing. */
export const PORTABILITY_TRANSFER_FAILURES = ['DEADLINE_EXPIRED', 'FUNDS_RETURNED', 'ORIGIN_REFUSED', 'EXCHANGE_UNAVAILABLE'] as const;

/**
 * PortabilityTransferFailed v1 — a booked portability in will not complete (R-LN-11).
 *
 * Producer: averbation-connector. Consumers: loan (cancels the contract, reason
 * PORTABILITY_FAILED) and proposal (timeline).
 */
export const PortabilityTransferFailedPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    portabilityNumber: PortabilityNumber,
    reason: StringEnum(PORTABILITY_TRANSFER_FAILURES, 'PortabilityTransferFailure'),
    code: Code,
    /** pt-BR (D-6). */
    message: Text(),
    failedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PortabilityTransferFailedPayload' },
);
export type PortabilityTransferFailedPayload = Static<typeof PortabilityTransferFailedPayload>;
