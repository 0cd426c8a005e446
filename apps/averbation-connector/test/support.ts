import type { Kafka } from 'kafkajs';
import { type EventEnvelope, type EventType, namespacedTopicFor } from '@consignado/contracts';
import { dlqTopicOf, EventTap, opened, waitFor } from '@consignado/testing';

/** What the connector published during a run (and its dead letters), typed by event and aggregate. */
export class EventLog {
  private readonly tap: EventTap;

  constructor(
    kafka: Kafka,
    private readonly namespace: string,
  ) {
    this.tap = new EventTap(kafka);
  }

  start(types: EventType[]): Promise<void> {
    return this.tap.start([...types.map((t) => namespacedTopicFor(t, this.namespace)), this.dlqTopic]);
  }

  stop(): Promise<void> {
    return this.tap.stop();
  }

  /** The events as the connector meant them: personal data opened (it travels sealed). */
  of<T extends EventType>(type: T, aggregateId: string): Array<EventEnvelope<T>> {
    return this.raw(type, aggregateId).map((e) => opened(e));
  }

  /** The events as they travelled on Kafka. */
  raw<T extends EventType>(type: T, aggregateId: string): Array<EventEnvelope<T>> {
    return this.tap.all<EventEnvelope<T>>(namespacedTopicFor(type, this.namespace), (e) => e.aggregateId === aggregateId);
  }

  /** Waits until `count` events of `type` exist for the aggregate; returns them in arrival order. */
  waitFor<T extends EventType>(type: T, aggregateId: string, count = 1, timeoutMs = 20_000): Promise<Array<EventEnvelope<T>>> {
    return waitFor(() => (this.of(type, aggregateId).length >= count ? this.of(type, aggregateId) : undefined), { timeoutMs, description: `${count} ${type} for ${aggregateId}` });
  }

  /** The dead-letter record that mentions `text` (e.g. a contract id), as JSON text. */
  async deadLetter(text: string): Promise<string> {
    const record = await this.tap.find<unknown>(this.dlqTopic, (r) => JSON.stringify(r).includes(text));
    return JSON.stringify(record);
  }

  private get dlqTopic(): string {
    return dlqTopicOf(this.namespace, 'averbation-connector');
  }
}

/** A benefit no other test touches (the mock derives its data from the number). */
export const freshBenefit = (): string => String(6_000_000_000 + Math.floor(Math.random() * 3_000_000_000));
