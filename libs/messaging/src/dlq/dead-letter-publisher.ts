import type { Kafka, Producer } from 'kafkajs';
import { createReliableProducer } from '../kafka/producer';
import { type DeadLetterRecord, fitDeadLetter, type RecordLimits } from './dead-letter';

/** Headers on a dead-letter message, so tools can filter without parsing the record. */
export const DLQ_HEADER = {
  reason: 'dlq-reason',
  consumerGroup: 'dlq-consumer-group',
  originalTopic: 'dlq-original-topic',
} as const;

/**
 * Publishes dead-letter records to one DLQ topic, keyed as the original message. A record over
 * `limits.maxRecordBytes` (default 900 000) is published with its original value cut (see
 * {@link fitDeadLetter}): one the broker refuses as too large would be retried forever.
 */
export class DeadLetterPublisher {
  private producer: Producer | undefined;

  constructor(
    private readonly kafka: Kafka,
    readonly topic: string,
    private readonly limits: RecordLimits = {},
  ) {}

  /** Resolves once the broker has acknowledged the record (acks=-1). */
  async publish(deadLetter: DeadLetterRecord): Promise<void> {
    const record = fitDeadLetter(deadLetter, this.limits);
    const producer = await this.connected();
    try {
      await producer.send({
        topic: this.topic,
        acks: -1,
        messages: [
          {
            key: record.original.key,
            value: JSON.stringify(record),
            headers: {
              [DLQ_HEADER.reason]: record.reason,
              [DLQ_HEADER.consumerGroup]: record.consumerGroup,
              [DLQ_HEADER.originalTopic]: record.original.topic,
            },
          },
        ],
      });
    } catch (error) {
      // Start over with a fresh producer next time (idempotence state may be stale).
      await this.disconnect();
      throw error;
    }
  }

  async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private async connected(): Promise<Producer> {
    if (!this.producer) {
      const producer = createReliableProducer(this.kafka);
      await producer.connect();
      this.producer = producer;
    }
    return this.producer;
  }
}
