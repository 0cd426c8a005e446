import type { KafkaMessage } from 'kafkajs';
import { decodeHeaders } from '../kafka/headers';

/**
 * Why a message was dead-lettered. The first three are decided before any handler runs and are
 * never retried; `malformed` and `invalid-envelope` are also not replayed by default (they cannot
 * succeed until someone repairs the producer or the schema).
 */
export type DeadLetterReason =
  | 'malformed'
  | 'invalid-envelope'
  | 'no-handler'
  | 'permanent-error'
  | 'retries-exhausted';

/** Reasons replay skips unless told otherwise. */
export const UNREPLAYABLE_REASONS: ReadonlySet<DeadLetterReason> = new Set(['malformed', 'invalid-envelope']);

/** The original message, byte-for-byte enough to republish it. */
export interface OriginalMessage {
  topic: string;
  partition: number;
  offset: string;
  timestamp: string;
  key: string | null;
  /** The value as UTF-8 text (events are JSON). */
  value: string | null;
  headers: Record<string, string>;
}

/** The value of a message on `consignado.dlq.<consumer-group>`. */
export interface DeadLetterRecord {
  reason: DeadLetterReason;
  error: { name: string; message: string; code?: string; stack?: string };
  /** Handler attempts made (0 when the message was rejected before any handler ran). */
  attempts: number;
  consumerGroup: string;
  failedAt: string;
  /** Envelope identifiers when the value could be parsed, for searching without the payload. */
  eventId?: string;
  eventType?: string;
  correlationId?: string;
  original: OriginalMessage;
}

/** Keeps the first lines of a stack: enough to locate the failure, short enough for a record. */
export function stackSummary(stack: string | undefined, lines = 6): string | undefined {
  return stack?.split('\n').slice(0, lines).join('\n');
}

/** Describes an error for a dead-letter record. */
export function describeError(error: unknown): DeadLetterRecord['error'] {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      name: error.name,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
      ...(error.stack ? { stack: stackSummary(error.stack) } : {}),
    };
  }
  return { name: 'Error', message: String(error) };
}

/** Inputs of {@link buildDeadLetter}. */
export interface DeadLetterInput {
  topic: string;
  partition: number;
  message: KafkaMessage;
  reason: DeadLetterReason;
  error: unknown;
  attempts: number;
  consumerGroup: string;
  envelope?: { eventId: string; eventType: string; metadata: { correlationId: string } };
  now?: Date;
}

/** Builds the dead-letter record of a message. */
export function buildDeadLetter(input: DeadLetterInput): DeadLetterRecord {
  const { message, envelope } = input;
  return {
    reason: input.reason,
    error: describeError(input.error),
    attempts: input.attempts,
    consumerGroup: input.consumerGroup,
    failedAt: (input.now ?? new Date()).toISOString(),
    ...(envelope
      ? { eventId: envelope.eventId, eventType: envelope.eventType, correlationId: envelope.metadata.correlationId }
      : {}),
    original: {
      topic: input.topic,
      partition: input.partition,
      offset: message.offset,
      timestamp: message.timestamp,
      key: message.key?.toString() ?? null,
      value: message.value?.toString('utf8') ?? null,
      headers: decodeHeaders(message.headers),
    },
  };
}
