import { Type, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import { EVENTS, type EventCatalog, type EventType } from './catalog';
import { EVENT_CHANNELS } from './schema/domain';
import { Nullable, StringEnum, Uuid, UtcTimestamp } from './schema/primitives';

/**
 * Envelope metadata (R-EV-1). All four keys are always present, null when not applicable, so a
 * consumer never has to tell "absent" from "unknown".
 */
export const EventMetadataSchema = Type.Object(
  {
    /** Shared by every event of one business flow; the proposal timeline is read by it (R-PR-2). */
    correlationId: Uuid,
    /** eventId of the event that caused this one; null for events caused by a user or a job. */
    causationId: Nullable(Uuid),
    /** The authenticated user (customer, corban user or operator) behind the flow. */
    userId: Nullable(Type.String({ minLength: 1, maxLength: 128 })),
    channel: Nullable(StringEnum(EVENT_CHANNELS, 'EventChannel')),
  },
  { additionalProperties: false, title: 'EventMetadata' },
);
export type EventMetadata = Static<typeof EventMetadataSchema>;

/** The envelope fields besides the payload, shared by the generic and per-event schemas. */
function envelopeProperties<P extends TSchema>(eventType: TSchema, version: TSchema, aggregateType: TSchema, payload: P) {
  return {
    eventId: Uuid,
    eventType,
    aggregateId: Uuid,
    aggregateType,
    occurredAt: UtcTimestamp,
    version,
    payload,
    metadata: EventMetadataSchema,
  };
}

/**
 * R-EV-1 envelope with an unchecked payload object: validated first, before the payload is
 * checked against the schema its eventType and version select.
 */
export const GenericEnvelopeSchema = Type.Object(
  envelopeProperties(
    Type.String({ pattern: '^[A-Z][A-Za-z0-9]*$' }),
    Type.Integer({ minimum: 1 }),
    Type.String({ pattern: '^[A-Z][A-Za-z0-9]*$' }),
    Type.Object({}),
  ),
  { additionalProperties: false, title: 'EventEnvelope' },
);

/** The full envelope schema of one event type: what goes on its topic (and into AsyncAPI). */
export function envelopeSchemaFor(eventType: EventType, payload: TSchema = EVENTS[eventType].payload): TObject {
  const def = EVENTS[eventType];
  return Type.Object(
    envelopeProperties(
      Type.Literal(eventType),
      Type.Unsafe<number>({ type: 'integer', const: def.version }),
      Type.Literal(def.aggregateType),
      payload,
    ),
    { additionalProperties: false, title: `${eventType}Envelope` },
  );
}

/** Payload type of an event type, derived from its schema (one source for type and JSON schema). */
export type PayloadOf<T extends EventType> = Static<EventCatalog[T]['payload']>;

interface EnvelopeOf<T extends EventType> {
  eventId: string;
  eventType: T;
  /** Kafka key (R-EV-4); equals the payload's key field (EVENTS[T].keyField: customerId, proposalId or contractId). */
  aggregateId: string;
  aggregateType: EventCatalog[T]['aggregateType'];
  /** ISO-8601 UTC, ending in Z. */
  occurredAt: string;
  version: EventCatalog[T]['version'];
  payload: PayloadOf<T>;
  metadata: EventMetadata;
}

/**
 * A validated event. Without a type argument it is the union over all event types, so a switch
 * on `eventType` narrows `payload`.
 */
export type EventEnvelope<T extends EventType = EventType> = { [K in T]: EnvelopeOf<K> }[T];
