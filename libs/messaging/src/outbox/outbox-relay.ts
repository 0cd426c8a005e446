import type { Kafka, Message, Producer, TopicMessages } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { type BackoffOptions, backoffDelay } from '../backoff';
import { AcknowledgedSender } from '../kafka/acknowledged-send';
import { createReliableProducer } from '../kafka/producer';
import { errorFields, type Logger, jsonLogger } from '../logger';
import { PgListener } from '../pg-listener';
import { OUTBOX_CHANNEL } from './outbox-writer';
import { CLAIM_SQL, MARK_FAILED_SQL, MARK_SENT_SQL, type OutboxRow } from './relay-sql';

/** Options for {@link OutboxRelay}. */
export interface OutboxRelayOptions {
  dataSource: DataSource;
  kafka: Kafka;
  /** Rows per publish round (default 500). */
  batchSize?: number;
  /** Poll interval when idle (default 250 ms); NOTIFY wakes the relay sooner. */
  pollIntervalMs?: number;
  /** LISTEN for the writer's NOTIFY (default true). */
  listen?: boolean;
  /** Backoff between failed rounds (default 250 ms doubling to 2 s: a round is cheap, and the broker back is noticed soon). */
  backoff?: BackoffOptions;
  logger?: Logger;
}

/**
 * Publishes outbox rows to Kafka (R-EV-5), oldest first, keyed by aggregateId (R-EV-4).
 *
 * Each round claims rows, sends them with the idempotent producer and marks them sent in the same
 * transaction, only after the broker's acknowledgement. If the broker is unreachable the round
 * rolls back — the rows stay unsent, in order — and the relay retries with backoff. A crash after
 * the acknowledgement but before the commit republishes the rows: delivery is at-least-once and
 * consumers deduplicate by eventId.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly backoff: BackoffOptions;
  private readonly logger: Logger;
  private producer: Producer | undefined;
  private readonly sender: AcknowledgedSender;
  private listener: PgListener | undefined;
  private loop: Promise<void> | undefined;
  private running = false;
  private wake: (() => void) | undefined;
  private notified = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.backoff = options.backoff ?? { baseDelayMs: 250, maxDelayMs: 2_000 };
    this.logger = options.logger ?? jsonLogger('outbox-relay');
    this.sender = new AcknowledgedSender(options.kafka);
  }

  /** Starts the publish loop in the background; returns once it is running. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    if (this.options.listen !== false) {
      this.listener = new PgListener(this.options.dataSource, OUTBOX_CHANNEL, () => this.onNotify(), this.logger);
      await this.listener.start();
    }
    this.loop = this.run();
  }

  /** Stops after the in-flight round (published and marked, or rolled back), then disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.stop();
    await this.dropProducer();
    await this.sender.close();
  }

  /**
   * One round: claims up to `batchSize` rows, publishes them, marks them sent.
   * @returns the number of rows published (0 when there was nothing to do).
   */
  async publishOnce(): Promise<number> {
    let claimed: string[] = [];
    try {
      return await this.options.dataSource.transaction(async (manager) => {
        const rows: OutboxRow[] = await manager.query(CLAIM_SQL, [this.batchSize]);
        if (rows.length === 0) return 0;
        claimed = rows.map((r) => r.id);
        const producer = await this.connectedProducer();
        // Every partition acknowledged, or the round rolls back (kafkajs can resolve a partial batch).
        await this.sender.send(producer, toTopicMessages(rows));
        await manager.query(MARK_SENT_SQL, [claimed]);
        return rows.length;
      });
    } catch (error) {
      await this.recordFailure(claimed, error);
      throw error;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const published = await this.publishOnce();
        failures = 0;
        if (published > 0) this.logger.debug('outbox rows published', { count: published });
        if (published < this.batchSize) await this.sleep(this.pollIntervalMs);
      } catch (error) {
        failures += 1;
        const delay = backoffDelay(failures, this.backoff);
        this.logger.warn('outbox publish failed; rows stay unsent and will be retried', {
          ...errorFields(error),
          attempt: failures,
          retryInMs: delay,
        });
        // A fresh producer after a failure: kafkajs' idempotent sequence state may be stale.
        await this.dropProducer();
        await this.sleep(delay);
      }
    }
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const producer = createReliableProducer(this.options.kafka);
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }

  private async dropProducer(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private async recordFailure(ids: string[], error: unknown): Promise<void> {
    if (ids.length === 0) return;
    const message = error instanceof Error ? error.message : String(error);
    await this.options.dataSource.query(MARK_FAILED_SQL, [ids, message.slice(0, 1_000)]).catch(() => undefined);
  }

  /** Waits `ms`, or less if the writer's NOTIFY (or stop) arrives; a NOTIFY seen mid-round counts. */
  private sleep(ms: number): Promise<void> {
    if (!this.running || this.notified) {
      this.notified = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.notified = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private onNotify(): void {
    if (this.wake) this.wake();
    else this.notified = true;
  }
}

/** Groups rows by topic, keeping id order inside each topic (and so inside each key). */
export function toTopicMessages(rows: readonly OutboxRow[]): TopicMessages[] {
  const byTopic = new Map<string, Message[]>();
  for (const row of rows) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push({ key: row.message_key, value: row.value, headers: row.headers });
    byTopic.set(row.topic, messages);
  }
  return [...byTopic.entries()].map(([topic, messages]) => ({ topic, messages }));
}
