import { createHash } from 'node:crypto';
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
  /**
   * The value as UTF-8 text (events are JSON). When `truncated`, only its first bytes: the whole
   * record would not have fit in a Kafka message.
   */
  value: string | null;
  headers: Record<string, string>;
  /** Set when `value` is a prefix of the original value; such a record cannot be replayed. */
  truncated?: true;
  /** Size in bytes of the full original value (set with `truncated`). */
  byteLength?: number;
  /** Hex SHA-256 of the full original value's bytes (set with `truncated`), to match it elsewhere. */
  sha256?: string;
}

/**
 * Largest serialized dead-letter record kept whole: under the broker's default 1 MB message size,
 * with room for the key, headers and batch overhead.
 */
export const DEFAULT_MAX_RECORD_BYTES = 900_000;
/** How much of an oversized value a truncated record keeps. */
export const TRUNCATED_VALUE_BYTES = 64 * 1024;
/** Longest error message / stack kept when a record is still too big with its value cut. */
const TRUNCATED_ERROR_CHARS = 4 * 1024;

/** Size limits of a dead-letter record. */
export interface RecordLimits {
  /** Serialized (JSON, UTF-8) record size above which the value is cut (default 900 000). */
  maxRecordBytes?: number;
  /** Bytes of the value a cut record keeps (default 64 KiB; less if even that does not fit). */
  truncatedValueBytes?: number;
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
  limits?: RecordLimits;
}

/**
 * Builds the dead-letter record of a message. A record that would not fit in a Kafka message
 * (a huge value, worse once JSON-escaped) keeps only a prefix of the value, marked `truncated`
 * with the full value's size and hash — otherwise its publication fails forever and the
 * consumer stalls on that offset.
 */
export function buildDeadLetter(input: DeadLetterInput): DeadLetterRecord {
  const { message, envelope } = input;
  const record: DeadLetterRecord = {
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
  return fitDeadLetter(record, input.limits, message.value ?? undefined);
}

/** Size in bytes of the record as published. */
export function serializedSize(record: DeadLetterRecord): number {
  return Buffer.byteLength(JSON.stringify(record), 'utf8');
}

/**
 * The record itself when it fits in `maxRecordBytes`; otherwise a copy whose original value is
 * cut to a prefix (and, if still too big, its error text shortened, then the prefix emptied),
 * marked `truncated` with `byteLength` and `sha256` of the full value. `rawValue` is the
 * message's value bytes when known (else the UTF-8 bytes of `original.value`).
 */
export function fitDeadLetter(record: DeadLetterRecord, limits: RecordLimits = {}, rawValue?: Buffer): DeadLetterRecord {
  const max = limits.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  if (serializedSize(record) <= max || record.original.value === null) return record;
  const full = rawValue ?? Buffer.from(record.original.value, 'utf8');
  // An already truncated record (cut again to a smaller limit) keeps the size and hash of the full value.
  const { truncated } = record.original;
  const byteLength = truncated ? record.original.byteLength : full.length;
  const sha256 = truncated ? record.original.sha256 : createHash('sha256').update(full).digest('hex');
  const cut = (bytes: number): DeadLetterRecord => ({
    ...record,
    original: { ...record.original, value: utf8Prefix(full, bytes), truncated: true, byteLength, sha256 },
  });
  let prefixBytes = Math.max(0, limits.truncatedValueBytes ?? TRUNCATED_VALUE_BYTES);
  let fitted = cut(prefixBytes);
  if (serializedSize(fitted) <= max) return fitted;
  const error = {
    ...record.error,
    message: record.error.message.slice(0, TRUNCATED_ERROR_CHARS),
    ...(record.error.stack ? { stack: record.error.stack.slice(0, TRUNCATED_ERROR_CHARS) } : {}),
  };
  record = { ...record, error };
  // Halve the prefix until it fits (escaping can grow a byte to six); the empty prefix is the floor.
  for (fitted = cut(prefixBytes); serializedSize(fitted) > max && prefixBytes > 0; fitted = cut(prefixBytes)) {
    prefixBytes = prefixBytes > 1 ? Math.floor(prefixBytes / 2) : 0;
  }
  return fitted;
}

/** The first `bytes` bytes of `value` as text, never ending inside a multi-byte character. */
function utf8Prefix(value: Buffer, bytes: number): string {
  // `stream: true` holds back an incomplete trailing sequence instead of emitting U+FFFD.
  return new TextDecoder('utf-8').decode(value.subarray(0, bytes), { stream: true });
}
