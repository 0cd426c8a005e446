import { createKafka, ensureTopics, silentLogger } from '../src';
import { kafkaReachable, testEndpoints, uniqueName } from '@consignado/testing';

describe('ensureTopics on the real broker', () => {
  const kafka = createKafka({ clientId: uniqueName('topics-it'), brokers: testEndpoints().kafkaBrokers, logger: silentLogger });

  beforeAll(async () => {
    if (!(await kafkaReachable())) throw new Error(`no Kafka broker at ${testEndpoints().kafkaBrokers}: run node infra/stack.mjs up`);
  });

  it('lets several processes create overlapping topic sets at once, and every partition has a leader when each returns', async () => {
    const prefix = uniqueName('race');
    const topics = Array.from({ length: 12 }, (_, i) => `${prefix}.t${i}`);
    // Seven "services" start together, each wanting an overlapping slice (as a stack does).
    const slices = Array.from({ length: 7 }, (_, s) => topics.filter((_, i) => (i + s) % 3 !== 0));
    await Promise.all(slices.map((slice) => ensureTopics(kafka, slice)));

    const admin = kafka.admin();
    await admin.connect();
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      expect(metadata.map((t) => t.name).sort()).toEqual([...topics].sort());
      for (const topic of metadata) {
        expect(topic.partitions).toHaveLength(3);
        expect(topic.partitions.every((p) => p.leader >= 0)).toBe(true);
      }
    } finally {
      await admin.disconnect();
    }
  });

  it('keeps an existing topic as it is, and a second call is a no-op', async () => {
    const topic = uniqueName('keep');
    await ensureTopics(kafka, [{ topic, numPartitions: 1 }]);
    await ensureTopics(kafka, [topic]);
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(metadata[0]?.partitions).toHaveLength(1);
    } finally {
      await admin.disconnect();
    }
  });
});
