import { randomUUID } from 'node:crypto';
import type { Consumer, IHeaders, Producer } from 'kafkajs';
import { EVENTS, examplePayload, type EventType, SERVICES } from '@consignado/contracts';
import { testKafka } from '@consignado/testing';

export type Envelope = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NU = /^\d{21}$/;

/** The catalogue's example with every id (UUIDs, portability numbers) replaced by a fresh one: names nothing. */
function fresh(value: unknown, ids: Map<string, string>): any {
  if (typeof value === 'string' && UUID.test(value)) return ids.get(value) ?? ids.set(value, randomUUID()).get(value);
  if (typeof value === 'string' && NU.test(value)) return ids.get(value) ?? ids.set(value, `${Date.now()}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`).get(value);
  if (Array.isArray(value)) return value.map((v) => fresh(v, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fresh(v, ids)]));
  return value;
}

/** A valid envelope of `eventType` about aggregates that do not exist anywhere. */
export function envelopeOf(eventType: EventType, payload: Record<string, unknown> = fresh(examplePayload(eventType), new Map())): Envelope {
  const def = EVENTS[eventType];
  return {
    eventId: randomUUID(), eventType, aggregateId: payload[def.keyField], aggregateType: def.aggregateType, occurredAt: new Date().toISOString(), version: def.version, payload,
    metadata: { correlationId: randomUUID(), causationId: null, userId: null, channel: null },
  };
}

export interface Placed {
  topic: string;
  partition: number;
  offset: string;
}

/** Sends one message to one partition; where it landed. */
export async function place(producer: Producer, topic: string, partition: number, value: string | Buffer, headers?: IHeaders): Promise<Placed> {
  const [meta] = await producer.send({ topic, acks: -1, messages: [{ partition, key: `abuse-${randomUUID()}`, value, headers }] });
  return { topic, partition, offset: meta.baseOffset ?? '' };
}

export interface DeadLetter {
  consumerGroup: string;
  reason: string;
  attempts: number;
  error: { message: string; code?: string };
  original: Placed;
}

export const placeKey = (group: string, p: Placed): string => `${group}|${p.topic}/${p.partition}/${p.offset}`;

/** Reads the dead-letter topics of the six groups from the beginning, keeping records by group and original position. */
export async function deadLetterReader(namespace: string): Promise<{ seen: Map<string, DeadLetter>; stop: () => Promise<void> }> {
  const seen = new Map<string, DeadLetter>();
  const consumer: Consumer = testKafka().consumer({ groupId: `e2e-dlq-reader-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topics: SERVICES.map((s) => `consignado.dlq.${namespace}.${s}`), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const record = JSON.parse(message.value?.toString('utf8') ?? '{}') as DeadLetter;
      seen.set(placeKey(record.consumerGroup, { ...record.original, offset: String(record.original.offset) }), record);
    },
  });
  return { seen, stop: () => consumer.disconnect() };
}
