import type { Admin, EachBatchPayload, Kafka, Message } from 'kafkajs';
import { dlqTopicFor } from '../contracts-codec';
import { HEADER } from '../kafka/headers';
import { AcknowledgedSender } from '../kafka/acknowledged-send';
import { createReliableProducer } from '../kafka/producer';
import { jsonLogger, type Logger } from '../logger';
import { type DeadLetterRecord, UNREPLAYABLE_REASONS } from './dead-letter';

/** Options for {@link replayDeadLetters}. */
export interface ReplayOptions {
  kafka: Kafka;
  /** The consumer group whose dead letters are replayed. */
  group: string;
  /** Replay only records it accepts; the others are passed over (see README). */
  filter?: (record: DeadLetterRecord) => boolean;
  /** Replay at most this many records in this run. */
  limit?: number;
  /** Also replay `malformed` and `invalid-envelope` records (default false: they would fail again). */
  includeUnreplayable?: boolean;
  /** Default `consignado.dlq.<group>`. */
  dlqTopic?: string;
  /** The group that records replay progress (default `replay.<group>`). */
  replayGroupId?: string;
  /** Give up waiting for the DLQ to be read after this long (default 60 s). */
  timeoutMs?: number;
  logger?: Logger;
}

/** What a replay run did. */
export interface ReplayReport {
  replayed: number;
  /** Records passed over by the filter, as unreplayable, or as truncated. */
  skipped: number;
  /** Records refused because their value was truncated (see `original.truncated`); counted in `skipped` too. */
  truncated: number;
  /** DLQ messages that were not dead-letter records. */
  unreadable: number;
}

type Ends = Map<number, bigint>;

/**
 * Re-publishes dead-lettered messages to their original topics — same key, value and headers, plus
 * `replayed-from-dlq` and `replay-target-group` (so only the failed group acts on the copy; other
 * groups skip it). Progress is committed by the consumer group `replay.<group>`, so a second run
 * finds only records dead-lettered since; and the inbox makes a record replayed twice harmless.
 * Reads up to the end offsets seen at the start and returns.
 */
export async function replayDeadLetters(options: ReplayOptions): Promise<ReplayReport> {
  const dlqTopic = options.dlqTopic ?? dlqTopicFor(options.group);
  const replayGroupId = options.replayGroupId ?? `replay.${options.group}`;
  const logger = options.logger ?? jsonLogger('dlq-replay');
  const report: ReplayReport = { replayed: 0, skipped: 0, truncated: 0, unreadable: 0 };
  const pending = await pendingEnds(options.kafka.admin(), dlqTopic, replayGroupId);
  if (pending.size === 0) return report;

  const producer = createReliableProducer(options.kafka);
  const sender = new AcknowledgedSender(options.kafka);
  const consumer = options.kafka.consumer({ groupId: replayGroupId, allowAutoTopicCreation: false });
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const limitReached = () => options.limit !== undefined && report.replayed >= options.limit;

  const eachBatch = async (payload: EachBatchPayload) => {
    const { batch, resolveOffset, commitOffsetsIfNecessary, uncommittedOffsets, isRunning } = payload;
    const end = pending.get(batch.partition);
    const outgoing = new Map<string, Message[]>();
    const resolved: string[] = [];
    for (const message of batch.messages) {
      if (!isRunning() || end === undefined || BigInt(message.offset) >= end || limitReached()) break;
      const record = parseRecord(message.value?.toString('utf8'));
      const decision = record && replayDecision(record, options);
      if (!record) report.unreadable += 1;
      else if (decision === 'skip') report.skipped += 1;
      else if (decision === 'truncated') {
        // Never republish a cut value: the consumer would act on (or dead-letter) something else.
        report.skipped += 1;
        report.truncated += 1;
        logger.error('dead letter not replayed: its original value was truncated', {
          dlqTopic,
          partition: batch.partition,
          offset: message.offset,
          originalTopic: record.original.topic,
          eventId: record.eventId,
          byteLength: record.original.byteLength,
          sha256: record.original.sha256,
        });
      } else {
        const copy = replayMessage(record, dlqTopic, batch.partition, message.offset, options.group);
        outgoing.set(record.original.topic, [...(outgoing.get(record.original.topic) ?? []), copy]);
        report.replayed += 1;
      }
      resolved.push(message.offset);
    }
    if (outgoing.size > 0) {
      await sender.send(producer, [...outgoing].map(([topic, messages]) => ({ topic, messages })));
    }
    // Only after the copies are acknowledged does the replay group move past them.
    for (const offset of resolved) resolveOffset(offset);
    await commitOffsetsIfNecessary(uncommittedOffsets());
    const last = resolved.at(-1);
    if (end !== undefined && last !== undefined && BigInt(last) + 1n >= end) pending.delete(batch.partition);
    if (pending.size === 0 || limitReached()) finish();
  };

  await producer.connect();
  try {
    await consumer.connect();
    await consumer.subscribe({ topic: dlqTopic, fromBeginning: true });
    await consumer.run({ autoCommit: true, eachBatchAutoResolve: false, eachBatch });
    const timedOut = await Promise.race([
      finished.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), options.timeoutMs ?? 60_000).unref()),
    ]);
    if (timedOut) logger.warn('replay stopped before reaching the end of the DLQ', { dlqTopic, ...report });
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
    await sender.close();
  }
  logger.info('dead letters replayed', { dlqTopic, group: options.group, ...report });
  return report;
}

/** End offsets of the DLQ partitions that have records the replay group has not passed yet. */
async function pendingEnds(admin: Admin, dlqTopic: string, replayGroupId: string): Promise<Ends> {
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(dlqTopic)) return new Map();
    const ends = await admin.fetchTopicOffsets(dlqTopic);
    const [committed] = await admin.fetchOffsets({ groupId: replayGroupId, topics: [dlqTopic] });
    const position = new Map(committed?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
    const pending: Ends = new Map();
    for (const { partition, high, low } of ends) {
      const from = position.get(partition) ?? -1n;
      const start = from < 0n ? BigInt(low) : from;
      if (BigInt(high) > start) pending.set(partition, BigInt(high));
    }
    return pending;
  } finally {
    await admin.disconnect();
  }
}

function parseRecord(value: string | undefined): DeadLetterRecord | undefined {
  try {
    const record = JSON.parse(value ?? '') as Partial<DeadLetterRecord>;
    return record && typeof record.reason === 'string' && record.original && typeof record.original.topic === 'string'
      ? (record as DeadLetterRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What replay does with a record: replay it, pass it over (filter, unreplayable reason), or refuse
 * it because its value was truncated (never republished cut).
 */
export function replayDecision(
  record: DeadLetterRecord,
  options: Pick<ReplayOptions, 'filter' | 'includeUnreplayable'>,
): 'replay' | 'skip' | 'truncated' {
  const wanted =
    (options.includeUnreplayable || !UNREPLAYABLE_REASONS.has(record.reason)) && (options.filter?.(record) ?? true);
  if (!wanted) return 'skip';
  return isTruncated(record) ? 'truncated' : 'replay';
}

/** Whether the record holds only a prefix of the original value (it must not be replayed). */
export function isTruncated(record: DeadLetterRecord): boolean {
  return record.original.truncated === true;
}

/**
 * The original message again, marked as a replay for one group. Throws for a truncated record:
 * its value is not the original one.
 */
export function replayMessage(
  record: DeadLetterRecord,
  dlqTopic: string,
  partition: number,
  offset: string,
  group: string,
): Message {
  if (isTruncated(record)) {
    throw new Error(
      `dead letter ${dlqTopic}/${partition}/${offset} cannot be replayed: its value was truncated ` +
        `(${record.original.byteLength} bytes, sha256 ${record.original.sha256})`,
    );
  }
  return {
    key: record.original.key,
    value: record.original.value,
    headers: {
      ...record.original.headers,
      [HEADER.replayedFromDlq]: `${dlqTopic}/${partition}/${offset}`,
      [HEADER.replayTargetGroup]: group,
    },
  };
}
