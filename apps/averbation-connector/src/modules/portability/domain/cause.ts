import type { EventEnvelope, EventMetadata } from '@consignado/contracts';

/**
 * The event a flow's later events are caused by: its id and metadata are all an event's
 * correlation chain needs, so the payload (with the customer's CPF) is not kept.
 */
export interface Cause {
  eventId: string;
  metadata: EventMetadata;
}

export const causeOf = (event: EventEnvelope): Cause => ({ eventId: event.eventId, metadata: event.metadata });
