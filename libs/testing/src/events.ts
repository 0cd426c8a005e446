import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { consumerGroupFor, createEnvelope, dlqTopicFor, namespacedTopicFor, type EventEnvelope, type EventType, type PayloadOf, type ServiceName } from '@consignado/contracts';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

/** Reads topics from the beginning into memory, so tests can wait for what a service published. */
export class EventTap {
  private readonly seen = new Map<string, unknown[]>();
  private consumer: Consumer | undefined;

  constructor(private readonly kafka: Kafka) {}

  async start(topics: string[]): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: uniqueName('tap'), maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => {
        const list = this.seen.get(topic) ?? [];
        list.push(JSON.parse(message.value?.toString() ?? 'null'));
        this.seen.set(topic, list);
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  /** Waits for the first message on `topic` that matches. */
  async find<T>(topic: string, match: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    return waitFor(() => (this.seen.get(topic) as T[] | undefined)?.find(match), { timeoutMs, description: `a matching message on ${topic}` });
  }

  all<T>(topic: string, match: (value: T) => boolean): T[] {
    return ((this.seen.get(topic) ?? []) as T[]).filter(match);
  }
}

/** A published event and the partition it landed on. */
export type Published<T extends EventType> = EventEnvelope<T> & { partition: number };

/**
 * Publishes a valid event on the namespaced topic, keyed by its aggregate; `partition` forces
 * one (a marker on the same partition proves everything before it was consumed); `metadata` the
 * flow's user and channel (SYSTEM without one).
 */
export async function publishEvent<T extends EventType>(
  producer: Producer,
  namespace: string,
  eventType: T,
  payload: PayloadOf<T>,
  options: { partition?: number; metadata?: { userId?: string; channel?: EventEnvelope['metadata']['channel'] } } = {},
): Promise<Published<T>> {
  const metadata = { correlationId: randomUUID(), channel: 'SYSTEM', ...options.metadata };
  const envelope = createEnvelope(eventType, { payload, metadata } as never) as EventEnvelope<T>;
  const [sent] = await producer.send({
    topic: namespacedTopicFor(eventType, namespace),
    messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope), partition: options.partition }],
  });
  return Object.assign(envelope, { partition: sent.partition });
}

/** The dead-letter topic of a service's consumer group under a test namespace. */
export const dlqTopicOf = (namespace: string, service: ServiceName): string => dlqTopicFor(consumerGroupFor(service, namespace));
