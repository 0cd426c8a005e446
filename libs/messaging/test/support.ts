import { type EventType, examplePayload, kebabCase } from '@consignado/contracts';
import {
  codecWithTopics,
  type ContractEnvelopes,
  createKafka,
  ensureTopics,
  IdempotentConsumer,
  type IdempotentConsumerOptions,
  jsonLogger,
  type Logger,
  messagingMigrations,
  OutboxRelay,
  type OutboxRelayOptions,
  OutboxWriter,
  silentLogger,
} from '../src';
import { createIsolatedSchema, type IsolatedSchema, kafkaReachable, testEndpoints, uniqueName } from '@consignado/testing';
import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';

/** Set MESSAGING_TEST_LOGS=warn (or debug) to see the library's logs while debugging a test. */
const logLevel = process.env['MESSAGING_TEST_LOGS'];
export const testLogger: Logger =
  logLevel === 'debug' || logLevel === 'info' || logLevel === 'warn' ? jsonLogger('test', logLevel) : silentLogger;

/** The event types the integration tests move around (real contracts, real validation). */
export const TEST_EVENT_TYPES: EventType[] = ['ProposalCancelled', 'ContractCancelled'];

/**
 * One test file's world: a private schema with the messaging migrations and an `effects` table,
 * per-run topics for the test event types (real contracts validation, random topic names), and
 * factories for relays and consumers that are all stopped by `close()`.
 */
export class MessagingWorld {
  readonly prefix = uniqueName('msgtest');
  readonly codec = codecWithTopics((eventType) => `${this.prefix}.${kebabCase(eventType)}`);
  readonly outbox = new OutboxWriter({ codec: this.codec });
  readonly kafka: Kafka = createKafka({ clientId: uniqueName('it'), brokers: testEndpoints().kafkaBrokers, logger: testLogger });
  private readonly closers: Array<() => Promise<void>> = [];

  private constructor(readonly db: IsolatedSchema) {}

  static async create(): Promise<MessagingWorld> {
    if (!(await kafkaReachable())) throw new Error(`no Kafka broker at ${testEndpoints().kafkaBrokers}: run node infra/stack.mjs up`);
    const db = await createIsolatedSchema({ migrations: messagingMigrations, poolSize: 20 });
    await db.dataSource.query(`
      CREATE TABLE effects (
        id bigserial PRIMARY KEY, consumer text NOT NULL, event_id uuid NOT NULL, aggregate_id uuid NOT NULL,
        envelope jsonb NOT NULL, seen_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await db.dataSource.query(`CREATE TABLE proposals (id uuid PRIMARY KEY, status text NOT NULL)`);
    const world = new MessagingWorld(db);
    await ensureTopics(world.kafka, TEST_EVENT_TYPES.map((t) => world.codec.topicFor(t)));
    return world;
  }

  get dataSource() {
    return this.db.dataSource;
  }

  topic(eventType: EventType): string {
    return this.codec.topicFor(eventType);
  }

  group(name: string): string {
    return `${this.prefix}.${name}`;
  }

  async relay(options: Partial<OutboxRelayOptions> = {}): Promise<OutboxRelay> {
    const relay = new OutboxRelay({ dataSource: this.dataSource, kafka: this.kafka, logger: testLogger, pollIntervalMs: 100, ...options });
    await relay.start();
    this.closers.push(() => relay.stop());
    return relay;
  }

  /** A consumer (not started): register handlers, then `start()`. */
  consumer(options: Partial<IdempotentConsumerOptions<ContractEnvelopes>> & { groupId: string }): IdempotentConsumer<ContractEnvelopes> {
    const consumer = new IdempotentConsumer<ContractEnvelopes>({
      kafka: this.kafka,
      dataSource: this.dataSource,
      codec: this.codec,
      outbox: this.outbox,
      logger: testLogger,
      retry: { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 200 },
      maxWaitTimeInMs: 500,
      ...options,
    });
    this.closers.push(() => consumer.stop());
    return consumer;
  }

  /** A ProposalCancelled envelope for `proposalId` (the aggregate), valid against the contracts. */
  proposalCancelled(proposalId: string = randomUUID(), metadata: { correlationId?: string; userId?: string } = {}) {
    return this.codec.create('ProposalCancelled', {
      payload: { ...examplePayload('ProposalCancelled'), proposalId },
      metadata,
    });
  }

  async count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = (await this.dataSource.query(sql, params)) as Array<{ n: string }>;
    return Number(row.n);
  }

  async close(): Promise<void> {
    // In parallel: a consumer's disconnect waits for its long-poll fetch (up to 5 s) to return.
    await Promise.all(this.closers.map((close) => close().catch(() => undefined)));
    await this.db.drop();
  }
}
