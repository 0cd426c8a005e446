import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, StringEnum, UtcTimestamp, Uuid } from '../schema/primitives';
import { ERASURE_ORIGINS } from './data-subject-erasure-requested';

export const ERASURE_DECISIONS = ['ANONYMIZE', 'RETAIN'] as const;

/**
 * Why personal data must be kept (LGPD art. 16 I, legal obligation): a contract still in force
 * (its servicing needs the benefit number, the contact, the CPF), or a closed contract within the
 * records' retention period (Res. CMN 4.753/2019 and Circ. Bacen 3.978/2020: 10 years by default).
 */
export const RETENTION_REASONS = ['CONTRACT_IN_FORCE', 'CONTRACT_RECORDS_RETENTION'] as const;

/**
 * DataSubjectErasureDecided v1 — loan's verdict on an erasure request (R-SEC-3). ANONYMIZE: loan
 * has anonymized its rows in the same transaction, and every consumer anonymizes its own (CPF,
 * name, birth date, income, benefit number, contact, message texts) keeping ids, amounts and dates
 * that accounting needs. RETAIN: nothing changes anywhere; `retainedUntil` says until when.
 *
 * Producer: loan. Consumers: proposal (closes the request, anonymizes the customer and their
 * proposals), credit-analysis, averbation-connector, payment and notification.
 */
export const DataSubjectErasureDecidedPayload = Type.Object(
  {
    requestId: Uuid,
    customerId: Uuid,
    origin: StringEnum(ERASURE_ORIGINS, 'ErasureOrigin'),
    decision: StringEnum(ERASURE_DECISIONS, 'ErasureDecision'),
    /** The request's proposals, as proposal sent them. */
    proposalIds: Type.Array(Uuid, { maxItems: 1000 }),
    /** Every contract of the customer at loan. */
    contractIds: Type.Array(Uuid, { maxItems: 1000 }),
    /** RETAIN only. */
    reason: Type.Optional(StringEnum(RETENTION_REASONS, 'RetentionReason')),
    /** RETAIN for CONTRACT_RECORDS_RETENTION: the first day the data may be anonymized. */
    retainedUntil: Type.Optional(IsoDate),
    decidedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'DataSubjectErasureDecidedPayload' },
);
export type DataSubjectErasureDecidedPayload = Static<typeof DataSubjectErasureDecidedPayload>;
