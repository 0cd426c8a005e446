import { randomUUID } from 'node:crypto';
import { topicFor, type EventType } from '@consignado/contracts';
import { testKafka, waitFor } from '@consignado/testing';

export interface SeenEnvelope {
  eventId: string;
  eventType: string;
  aggregateId: string;
  aggregateType: string;
  occurredAt: string;
  version: number;
  payload: Record<string, unknown>;
  metadata: { correlationId: string; causationId: string | null; userId: string | null; channel: string | null };
  key: string | null;
}

/**
 * Reads the namespaced topic of each event type from the beginning until every type has at least
 * one envelope that `match` accepts; returns them by type. Proves what actually went over Kafka.
 */
export async function envelopesOnKafka(namespace: string, types: EventType[], match: (e: SeenEnvelope) => boolean, timeoutMs = 60_000): Promise<Map<string, SeenEnvelope[]>> {
  const found = new Map<string, SeenEnvelope[]>();
  const consumer = testKafka().consumer({ groupId: `e2e-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: types.map((t) => `${namespace}.${topicFor(t)}`), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = { ...(JSON.parse(message.value?.toString() ?? '{}') as SeenEnvelope), key: message.key?.toString() ?? null };
        if (!match(envelope)) return;
        found.set(envelope.eventType, [...(found.get(envelope.eventType) ?? []), envelope]);
      },
    });
    await waitFor(() => types.every((t) => found.has(t)), { timeoutMs, description: `events ${types.join(', ')} on Kafka` });
    return found;
  } finally {
    await consumer.disconnect();
  }
}
