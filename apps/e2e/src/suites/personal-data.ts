import { randomUUID } from 'node:crypto';
import { PERSONAL_DATA_FIELDS, type EventType } from '@consignado/contracts';
import { FieldCipher } from '@consignado/core';
import { testKafka, waitFor } from '@consignado/testing';
import { e2eStack } from '../support/stack';

type Message = { topic: string; value: string };

/** Every message on every topic of the run, dead-letter topics included, up to the end offsets. */
async function everyMessage(namespace: string): Promise<Message[]> {
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
  const ends = await Promise.all(topics.map(async (topic) => ({ topic, total: (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high) - Number(p.low), 0) })));
  await admin.disconnect();
  const expected = ends.reduce((n, e) => n + e.total, 0);
  const seen: Message[] = [];
  const consumer = kafka.consumer({ groupId: `e2e-pii-scan-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ topic, message }) => void seen.push({ topic, value: message.value?.toString('utf8') ?? '' }) });
    await waitFor(() => seen.length >= expected, { timeoutMs: 60_000, description: `${expected} messages read` });
    return seen;
  } finally {
    await consumer.disconnect();
  }
}

const at = (payload: unknown, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), payload);

/** R-SEC-3: after every journey, no personal data in clear on Kafka — only sealed fields. */
export function personalDataSuite(): void {
  describe('personal data on Kafka (LGPD)', () => {
    it('every CPF, income, benefit value, e-mail and phone the run put on Kafka is sealed', async () => {
      const messages = await everyMessage(e2eStack().namespace);
      let sealed = 0;
      for (const { topic, value } of messages) {
        expect({ topic, clearCpf: /"cpf":"\d{11}"/.test(value), clearEmail: /"email":"[^"]*@/.test(value) }).toEqual({ topic, clearCpf: false, clearEmail: false });
        let envelope: { eventType?: string; payload?: unknown } = {};
        try {
          envelope = JSON.parse(value);
        } catch {
          continue; // a malformed message of the abuse corpus
        }
        for (const path of PERSONAL_DATA_FIELDS[envelope.eventType as EventType] ?? []) {
          const field = at(envelope.payload, path);
          if (field === undefined) continue;
          expect({ topic, path, sealed: FieldCipher.isSealed(field) }).toEqual({ topic, path, sealed: true });
          sealed += 1;
        }
      }
      // The journeys carried personal data: the scan saw it, sealed.
      expect(sealed).toBeGreaterThan(20);
    }, 120_000);
  });
}
