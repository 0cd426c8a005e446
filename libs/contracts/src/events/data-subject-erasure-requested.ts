import { Type, type Static } from '@sinclair/typebox';
import { StringEnum, UtcTimestamp, Uuid } from '../schema/primitives';

/** Who asked for the erasure (LGPD art. 18 VI, or the end of the retention period). */
export const ERASURE_ORIGINS = ['DATA_SUBJECT', 'PRIVACY_OFFICER', 'RETENTION'] as const;

/**
 * DataSubjectErasureRequested v1 — anonymize what the platform holds on a customer (R-SEC-3).
 * Only ids travel. Producer: proposal, where customers are registered and the request is opened
 * (it refuses while a proposal of the customer is still in progress). Consumer: loan, the only
 * service that knows whether a contract obliges keeping the data; it answers with
 * DataSubjectErasureDecided, which every service acts on.
 */
export const DataSubjectErasureRequestedPayload = Type.Object(
  {
    requestId: Uuid,
    customerId: Uuid,
    origin: StringEnum(ERASURE_ORIGINS, 'ErasureOrigin'),
    /** Every proposal of the customer, so services keyed by proposal find their rows. */
    proposalIds: Type.Array(Uuid, { maxItems: 1000 }),
    requestedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'DataSubjectErasureRequestedPayload' },
);
export type DataSubjectErasureRequestedPayload = Static<typeof DataSubjectErasureRequestedPayload>;
