import { randomUUID } from 'node:crypto';
import { EVENTS, type EventType } from './catalog';
import type { EventEnvelope, EventMetadata, PayloadOf } from './envelope';
import { assertValidEnvelope, InvalidEventError } from './validation/validate';

export interface CreateEnvelopeInput<T extends EventType> {
  payload: PayloadOf<T>;
  /** Defaults to the payload's key field (customerId, proposalId or contractId: EVENTS[T].keyField). */
  aggregateId?: string;
  /**
   * Without a cause: correlationId (new when absent), causationId, userId, channel (null when
   * absent). With a cause they default to the cause's, and causationId is the cause's eventId.
   */
  metadata?: Partial<EventMetadata>;
  /** Defaults to now; a Date is written as ISO-8601 UTC. */
  occurredAt?: string | Date;
  /** Defaults to a new random UUID; give one to make a retried producer step idempotent. */
  eventId?: string;
}

function metadataFor(given: Partial<EventMetadata>, cause: EventEnvelope | undefined): EventMetadata {
  if (!cause) {
    return {
      correlationId: given.correlationId ?? randomUUID(),
      causationId: given.causationId ?? null,
      userId: given.userId ?? null,
      channel: given.channel ?? null,
    };
  }
  const conflicts: string[] = [];
  if (given.correlationId !== undefined && given.correlationId !== cause.metadata.correlationId) {
    conflicts.push('metadata.correlationId must be the cause\'s correlationId');
  }
  if (given.causationId !== undefined && given.causationId !== cause.eventId) {
    conflicts.push('metadata.causationId must be the cause\'s eventId');
  }
  if (conflicts.length > 0) throw new InvalidEventError(conflicts);
  // The user and channel that started a flow stay on its later events, for audit and timelines.
  return {
    correlationId: cause.metadata.correlationId,
    causationId: cause.eventId,
    userId: given.userId !== undefined ? given.userId : cause.metadata.userId,
    channel: given.channel !== undefined ? given.channel : cause.metadata.channel,
  };
}

/**
 * Builds a validated envelope (R-EV-1): fills eventId, occurredAt, version and aggregateType from
 * the catalogue, and the correlation chain from `cause`, the event being reacted to.
 * Throws InvalidEventError (code CONTRACTS.INVALID_EVENT) when the result would not validate.
 */
export function createEnvelope<T extends EventType>(
  eventType: T,
  input: CreateEnvelopeInput<T>,
  cause?: EventEnvelope,
): EventEnvelope<T> {
  const def = EVENTS[eventType];
  const payload = input.payload as Record<string, unknown>;
  const occurredAt = input.occurredAt instanceof Date ? input.occurredAt.toISOString() : input.occurredAt;
  const envelope = {
    eventId: input.eventId ?? randomUUID(),
    eventType,
    aggregateId: input.aggregateId ?? payload[def.keyField],
    aggregateType: def.aggregateType,
    occurredAt: occurredAt ?? new Date().toISOString(),
    version: def.version,
    payload: input.payload,
    metadata: metadataFor(input.metadata ?? {}, cause),
  };
  return assertValidEnvelope(envelope, eventType);
}
