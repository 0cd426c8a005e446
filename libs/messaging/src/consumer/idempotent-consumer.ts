import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { dlqTopicFor } from '../contracts-codec';
import { DeadLetterPublisher } from '../dlq/dead-letter-publisher';
import type { AnyEnvelope, EnvelopeCodec, EnvelopeMap } from '../envelope';
import { ensureTopics } from '../kafka/topics';
import { errorFields, jsonLogger, type Logger } from '../logger';
import { OutboxWriter } from '../outbox/outbox-writer';
import { crashPointOfProcess } from './crash-point';
import { MessageProcessor } from './message-processor';
import type { EventHandler, ProcessedEvent, RetryPolicy } from './types';

/** Options for {@link IdempotentConsumer}. */
export interface IdempotentConsumerOptions<M extends EnvelopeMap> {
  kafka: Kafka;
  dataSource: DataSource;
  /** The consumer group; also the inbox's `consumer` and the DLQ topic's suffix. */
  groupId: string;
  codec: EnvelopeCodec<M>;
  /** Where `emit` writes; defaults to an OutboxWriter on `codec`. */
  outbox?: OutboxWriter<M>;
  retry?: Partial<RetryPolicy>;
  /** Events per database transaction while all succeed (default 1); see the README's figures. */
  transactionBatchSize?: number;
  /** Partitions processed in parallel by this instance (default 3). */
  partitionsConsumedConcurrently?: number;
  /** Domain error codes that must not be retried. */
  permanentErrorCodes?: readonly string[];
  /** Event types on subscribed topics this group deliberately does not act on. */
  ignoreEventTypes?: ReadonlyArray<keyof M & string>;
  /** Topics to read besides those of the registered handlers. */
  extraTopics?: readonly string[];
  /** Where a brand-new group starts (default true: from the beginning, so nothing is missed). */
  fromBeginning?: boolean;
  /** Create the subscribed and DLQ topics when missing (default true). */
  ensureTopics?: boolean;
  /** DLQ topic (default `consignado.dlq.<groupId>`). */
  dlqTopic?: string;
  /** How long the group waits for a silent member (a crashed instance) before handing its partitions on (default 10 s). */
  sessionTimeout?: number;
  /** Longest a fetch waits for new messages (kafkajs default 5 s); `stop()` may wait that long. */
  maxWaitTimeInMs?: number;
  logger?: Logger;
  /** Called after each event's transaction commits. */
  onProcessed?: (event: ProcessedEvent) => void;
}

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000 };

/**
 * An idempotent Kafka consumer on kafkajs (R-EV-5). Per message, in one database transaction:
 * inbox row `(group, eventId)` — skipped if present —, the handler's writes, and the events it
 * emits (outbox). The offset is resolved only after the commit and only resolved offsets are
 * committed, so a crash anywhere means redelivery, never loss, and redelivery has no second effect.
 * Failures are retried with backoff, then dead-lettered with the error; nothing is dropped.
 */
export class IdempotentConsumer<M extends EnvelopeMap> {
  private readonly handlers = new Map<string, EventHandler<AnyEnvelope<M>, M>>();
  private readonly logger: Logger;
  private readonly dlq: DeadLetterPublisher;
  private consumer: Consumer | undefined;
  private running = false;
  private restartTimer: NodeJS.Timeout | undefined;
  /** FAULT_CRASH_AFTER_COMMIT (chaos tests): read, and refused in production, at construction. */
  private readonly crashPoint = crashPointOfProcess();

  constructor(private readonly options: IdempotentConsumerOptions<M>) {
    this.logger = options.logger ?? jsonLogger(`consumer:${options.groupId}`);
    this.dlq = new DeadLetterPublisher(options.kafka, options.dlqTopic ?? dlqTopicFor(options.groupId));
  }

  /** Registers the handler of one event type (before `start`). */
  on<K extends keyof M & string>(eventType: K, handler: EventHandler<M[K], M>): this {
    if (this.running) throw new Error('register handlers before start()');
    // decodeMessage routes only envelopes whose eventType is K to this handler.
    this.handlers.set(eventType, handler as unknown as EventHandler<AnyEnvelope<M>, M>);
    return this;
  }

  /** The topics this consumer reads: one per handled event type, plus `extraTopics`. */
  topics(): string[] {
    const topics = [...this.handlers.keys()].map((t) => this.options.codec.topicFor(t));
    return [...new Set([...topics, ...(this.options.extraTopics ?? [])])];
  }

  /** Joins the group and starts consuming; resolves once the kafkajs consumer is running. */
  async start(): Promise<void> {
    if (this.running) return;
    if (this.handlers.size === 0 && !this.options.extraTopics?.length) throw new Error('no handlers registered');
    this.running = true;
    try {
      if (this.options.ensureTopics !== false) await ensureTopics(this.options.kafka, [...this.topics(), this.dlq.topic]);
      await this.startConsumer();
    } catch (error) {
      // Leave the consumer stopped (and startable again) rather than half-started.
      await this.stop();
      throw error;
    }
  }

  /** Finishes the in-flight transaction, commits resolved offsets, leaves the group, disconnects. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.restartTimer);
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.disconnect();
    await this.dlq.disconnect();
  }

  private async startConsumer(): Promise<void> {
    const { kafka, groupId } = this.options;
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: this.options.sessionTimeout ?? 10_000,
      heartbeatInterval: 2_000,
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? 5_000,
      allowAutoTopicCreation: false,
      // Few tries, short waits, then a restart: a consumer that keeps calling a dead broker (a group
      // coordinator it cached) finds the new one only by starting again (waits of about 6 s in all).
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 2_000, restartOnFailure: async () => true },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart || !this.running) return;
      // kafkajs gives up on non-retriable errors; we do not: start a fresh consumer after a pause.
      this.logger.error('consumer crashed; restarting', errorFields(payload.error));
      this.restartTimer = setTimeout(() => void this.restart(consumer), 2_000);
    });
    const processor = this.processor();
    await consumer.connect();
    await consumer.subscribe({ topics: this.topics(), fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      // Only offsets we resolve (after the database commit) are ever committed.
      autoCommit: true,
      autoCommitInterval: 1_000,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.eachBatch(processor, payload),
    });
  }

  private async restart(crashed: Consumer): Promise<void> {
    if (!this.running || this.consumer !== crashed) return;
    await crashed.disconnect().catch(() => undefined);
    try {
      await this.startConsumer();
    } catch (error) {
      this.logger.error('consumer restart failed; retrying', errorFields(error));
      this.restartTimer = setTimeout(() => void this.restart(this.consumer ?? crashed), 5_000);
    }
  }

  private eachBatch(processor: MessageProcessor<M>, payload: EachBatchPayload): Promise<void> {
    const { batch, isRunning, isStale, heartbeat, resolveOffset, commitOffsetsIfNecessary } = payload;
    return processor.processBatch(batch.topic, batch.partition, batch.messages, {
      isRunning: () => this.running && isRunning() && !isStale(),
      heartbeat,
      resolveOffset,
      commitIfNecessary: () => commitOffsetsIfNecessary(),
    });
  }

  private processor(): MessageProcessor<M> {
    const { options } = this;
    return new MessageProcessor<M>({
      consumerGroup: options.groupId,
      codec: options.codec,
      outbox: options.outbox ?? new OutboxWriter({ codec: options.codec }),
      handlers: this.handlers,
      ignored: new Set(options.ignoreEventTypes ?? []),
      retry: { ...DEFAULT_RETRY, ...options.retry },
      transactionBatchSize: Math.max(1, options.transactionBatchSize ?? 1),
      permanentErrorCodes: new Set(options.permanentErrorCodes ?? []),
      transaction: (work) => options.dataSource.transaction(work),
      publishDeadLetter: (record) => this.dlq.publish(record),
      logger: this.logger,
      onProcessed: (event) => {
        options.onProcessed?.(event);
        this.crashPoint?.(event); // after the commit, before the offset is resolved
      },
    });
  }
}
