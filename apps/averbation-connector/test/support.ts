import type { Consumer, Kafka, Producer } from 'kafkajs';
import { createEnvelope, type EventEnvelope, type EventType, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { uniqueName, waitFor } from '@consignado/testing';

/** Every event the connector publishes during a test run, read from its namespaced topics. */
export class EventLog {
  readonly seen: EventEnvelope[] = [];
  private consumer: Consumer | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly namespace: string,
  ) {}

  async start(types: EventType[]): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: uniqueName('it-events'), maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: types.map((t) => namespacedTopic({ namespace: this.namespace }, t)), fromBeginning: true });
    await this.consumer.run({ eachMessage: async ({ message }) => void this.seen.push(JSON.parse(message.value?.toString() ?? 'null') as EventEnvelope) });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  of<T extends EventType>(type: T, aggregateId: string): Array<EventEnvelope<T>> {
    return this.seen.filter((e) => e.eventType === type && e.aggregateId === aggregateId) as Array<EventEnvelope<T>>;
  }

  /** Waits until `count` events of `type` exist for the aggregate, and returns them in arrival order. */
  async waitFor<T extends EventType>(type: T, aggregateId: string, count = 1, timeoutMs = 20_000): Promise<Array<EventEnvelope<T>>> {
    return waitFor(() => (this.of(type, aggregateId).length >= count ? this.of(type, aggregateId) : undefined), { timeoutMs, description: `${count} ${type} for ${aggregateId}` });
  }
}

/** Publishes a valid event as another service would. */
export async function publish<T extends EventType>(producer: Producer, namespace: string, type: T, payload: PayloadOf<T>): Promise<EventEnvelope<T>> {
  const envelope = createEnvelope(type, { payload, metadata: { channel: 'SYSTEM' } });
  await producer.send({ topic: namespacedTopic({ namespace }, type), messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }] });
  return envelope;
}

/** A benefit no other test touches (the mock derives its data from the number). */
export const freshBenefit = (): string => String(6_000_000_000 + Math.floor(Math.random() * 3_000_000_000));

/** Reads `topic` from the beginning until a message whose text satisfies `match` arrives. */
export async function readUntil(kafka: Kafka, topic: string, match: (text: string) => boolean, timeoutMs = 30_000): Promise<string> {
  const found: string[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('it-read'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const text = message.value?.toString() ?? '';
        if (match(text)) found.push(text);
      },
    });
    return await waitFor(() => found[0], { timeoutMs, description: `a matching message on ${topic}` });
  } finally {
    await consumer.disconnect();
  }
}
