import type { IHeaders } from 'kafkajs';
import type { EnvelopeLike } from '../envelope';

/** Header names set on every event message; consumers and tools read them without parsing values. */
export const HEADER = {
  eventType: 'eventType',
  eventId: 'eventId',
  correlationId: 'correlationId',
  causationId: 'causationId',
  version: 'version',
  /** Set by replay: `<dlq topic>/<partition>/<offset>` the message was replayed from. */
  replayedFromDlq: 'replayed-from-dlq',
  /** Set by replay: only this consumer group acts on the replayed copy. */
  replayTargetGroup: 'replay-target-group',
} as const;

/** The headers the relay publishes with an envelope (stored with the outbox row). */
export function envelopeHeaders(envelope: EnvelopeLike): Record<string, string> {
  const headers: Record<string, string> = {
    [HEADER.eventType]: envelope.eventType,
    [HEADER.eventId]: envelope.eventId,
    [HEADER.correlationId]: envelope.metadata.correlationId,
    [HEADER.version]: String(envelope.version),
  };
  if (envelope.metadata.causationId) headers[HEADER.causationId] = envelope.metadata.causationId;
  return headers;
}

/** kafkajs headers (Buffers, arrays) as plain strings; a repeated header keeps its last value. */
export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined) continue;
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) out[name] = last.toString();
  }
  return out;
}
