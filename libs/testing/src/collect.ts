import type { Kafka, KafkaMessage } from 'kafkajs';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

/** A message read by {@link collectMessages}, with where it was found. */
export interface CollectedMessage {
  topic: string;
  partition: number;
  message: KafkaMessage;
}

/**
 * Reads `topic` from the beginning with a throw-away consumer group until `count` messages have
 * arrived (or `timeoutMs` passes), then disconnects and returns them in arrival order.
 */
export async function collectMessages(
  kafka: Kafka,
  topic: string,
  count: number,
  timeoutMs = 30_000,
): Promise<CollectedMessage[]> {
  const collected: CollectedMessage[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('collect'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic: t, partition, message }) => {
        collected.push({ topic: t, partition, message });
      },
    });
    await waitFor(() => collected.length >= count, { timeoutMs, description: `${count} messages on ${topic}` });
    return collected;
  } finally {
    await consumer.disconnect();
  }
}
