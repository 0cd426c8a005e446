import type { Consumer, Kafka, Producer } from 'kafkajs';
import { Client } from 'pg';
import type { EventEnvelope, EventType } from '@consignado/contracts';
import { consumerGroup, namespacedTopic } from '@consignado/eventing';
import type { DeadLetterRecord } from '@consignado/messaging';
import { opened, type TestService, uniqueName, waitFor } from '@consignado/testing';
import type { CreditAnalysisConfig } from '../src/config';

type Service = TestService<CreditAnalysisConfig>;

/** Every message the service writes to its output topics and its DLQ, read by one test consumer. */
export class OutputRecorder {
  /** What the service published, personal data opened (the wire form is in `raw`). */
  readonly events: EventEnvelope[] = [];
  /** The messages as they travelled, personal data sealed. */
  readonly raw: string[] = [];
  readonly deadLetters: DeadLetterRecord[] = [];
  private consumer: Consumer | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly service: Service,
  ) {}

  static dlqTopic(service: Service): string {
    return `consignado.dlq.${consumerGroup({ namespace: service.namespace, service: 'credit-analysis' })}`;
  }

  async start(): Promise<void> {
    const outputs: EventType[] = ['MarginCheckRequested', 'PortabilityBalanceRequested', 'CreditApproved', 'CreditRejected', 'RecommendationMade'];
    const dlq = OutputRecorder.dlqTopic(this.service);
    this.consumer = this.kafka.consumer({ groupId: uniqueName('ca-recorder'), maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...outputs.map((t) => namespacedTopic(this.service, t)), dlq], fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const value = JSON.parse(message.value?.toString() ?? 'null');
        if (topic === dlq) this.deadLetters.push(value);
        else {
          this.raw.push(message.value?.toString() ?? '');
          this.events.push(opened(value));
        }
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  of<T extends EventType>(eventType: T, proposalId: string): EventEnvelope<T>[] {
    return this.events.filter((e) => e.eventType === eventType && e.aggregateId === proposalId) as unknown as EventEnvelope<T>[];
  }

  async next<T extends EventType>(eventType: T, proposalId: string): Promise<EventEnvelope<T>> {
    const [found] = await waitFor(() => (this.of(eventType, proposalId).length > 0 ? this.of(eventType, proposalId) : undefined), {
      timeoutMs: 30_000,
      description: `${eventType} for ${proposalId}`,
    });
    return found;
  }

  /** The decision (approved or rejected) of a proposal. */
  async decision(proposalId: string): Promise<EventEnvelope<'CreditApproved'> | EventEnvelope<'CreditRejected'>> {
    return waitFor(() => this.of('CreditApproved', proposalId)[0] ?? this.of('CreditRejected', proposalId)[0], {
      timeoutMs: 30_000,
      description: `decision for ${proposalId}`,
    });
  }

  /** The dead letter of an event; one whose envelope did not validate is found by its original value. */
  async deadLetter(eventId: string): Promise<DeadLetterRecord> {
    return waitFor(() => this.deadLetters.find((d) => d.eventId === eventId || d.original.value?.includes(eventId)), {
      timeoutMs: 30_000,
      description: `dead letter ${eventId}`,
    });
  }
}

/** Publishes an envelope on its namespaced topic, keyed by aggregateId, as a producer service would. */
export async function publish(producer: Producer, service: Service, envelope: EventEnvelope | { aggregateId: string; eventType?: string }, eventType?: EventType): Promise<void> {
  const type = (eventType ?? envelope.eventType) as EventType;
  await producer.send({ topic: namespacedTopic(service, type), messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }] });
}

/** Reads the service's own tables (inbox and outbox of libs/messaging) in its test schema. */
export class ServiceTables {
  private readonly client: Client;

  constructor(private readonly service: Service) {
    this.client = new Client({ connectionString: service.config.DATABASE_URL });
  }

  async connect(): Promise<void> {
    await this.client.connect();
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  /** True once the consumer committed the transaction that handled this event. */
  async processed(eventId: string): Promise<boolean> {
    const schema = this.service.config.DATABASE_SCHEMA;
    const { rowCount } = await this.client.query(`SELECT 1 FROM "${schema}".inbox WHERE event_id = $1`, [eventId]);
    return (rowCount ?? 0) > 0;
  }

  /** How many rows of `table` belong to the customer (personalization's tables: nothing written on a refusal). */
  async customerRows(table: 'financial_profile' | 'recommendation', customerId: string): Promise<number> {
    const { rows } = await this.client.query(`SELECT count(*)::int AS n FROM "${this.service.config.DATABASE_SCHEMA}".${table} WHERE customer_id = $1`, [customerId]);
    return rows[0].n;
  }

  /** Event types this service wrote to its outbox for a proposal, oldest first. */
  async outboxTypes(proposalId: string): Promise<string[]> {
    const schema = this.service.config.DATABASE_SCHEMA;
    const { rows } = await this.client.query(`SELECT event_type FROM "${schema}".outbox WHERE message_key = $1 ORDER BY id`, [proposalId]);
    return rows.map((r: { event_type: string }) => r.event_type);
  }
}

/** Captures what the in-process service writes to stdout (its JSON logs) without printing it. */
export function captureStdout(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  return { lines, restore: () => void (process.stdout.write = original) };
}
