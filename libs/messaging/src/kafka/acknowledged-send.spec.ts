import { type Kafka, type Producer, type RecordMetadata, type TopicMessages } from 'kafkajs';
import { AcknowledgedSender, PartialAcknowledgementError, unacknowledged } from './acknowledged-send';

const partitions = (n: number) => Array.from({ length: n }, (_, partitionId) => ({ partitionId, leader: partitionId % 3, partitionErrorCode: 0, replicas: [0, 1, 2], isr: [0, 1, 2] }));
const ack = (topicName: string, partition: number, errorCode = 0): RecordMetadata => ({ topicName, partition, errorCode, baseOffset: '0' });

/** A producer answering like kafkajs: one acknowledgement per partition written, or (`drop`) not for some. */
function producerAcking(drop: (topic: string, partition: number) => boolean = () => false) {
  const sent: TopicMessages[][] = [];
  const producer = {
    sendBatch: jest.fn(async ({ topicMessages }: { topicMessages: TopicMessages[] }) => {
      sent.push(topicMessages);
      const written = new Set(topicMessages.flatMap((t) => t.messages.map((m) => `${t.topic}\u0000${m.partition}`)));
      return [...written].map((w) => w.split('\u0000')).filter(([t, p]) => !drop(t, Number(p))).map(([t, p]) => ack(t, Number(p)));
    }),
  };
  return { producer: producer as unknown as Producer, sent };
}

function kafkaWith(counts: Record<string, number>) {
  const admin = {
    connect: jest.fn(async () => undefined),
    disconnect: jest.fn(async () => undefined),
    fetchTopicMetadata: jest.fn(async ({ topics }: { topics: string[] }) => ({ topics: topics.map((name) => ({ name, partitions: partitions(counts[name] ?? 0) })) })),
  };
  return { kafka: { admin: () => admin } as unknown as Kafka, admin };
}

const batch = (topic: string, ...keys: string[]): TopicMessages => ({ topic, messages: keys.map((key) => ({ key, value: key })) });

describe('AcknowledgedSender', () => {
  it('places every message on its partition by key (the same partition for the same key) and resolves when all are acknowledged', async () => {
    const { kafka } = kafkaWith({ a: 3, b: 6 });
    const { producer, sent } = producerAcking();
    const acks = await new AcknowledgedSender(kafka).send(producer, [batch('a', 'k1', 'k2', 'k1'), batch('b', 'k1')]);
    const [placed] = sent;
    const a = placed[0].messages.map((m) => m.partition);
    expect(a.every((p) => Number.isInteger(p) && (p as number) >= 0 && (p as number) < 3)).toBe(true);
    expect(a[0]).toBe(a[2]);
    expect(placed[0].messages.map((m) => m.value)).toEqual(['k1', 'k2', 'k1']); // order kept
    expect(acks.length).toBe(new Set(a).size + 1);
  });

  it('fails when kafkajs resolves without acknowledging a partition it was given (a leader moved mid-retry), and reads the metadata again', async () => {
    const { kafka, admin } = kafkaWith({ a: 3 });
    const sender = new AcknowledgedSender(kafka);
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'];
    const { producer: probe, sent } = producerAcking();
    await sender.send(probe, [batch('a', ...keys)]);
    const lost = sent[0][0].messages[0].partition as number;
    const { producer } = producerAcking((_, p) => p === lost);
    const failure = await sender.send(producer, [batch('a', ...keys)]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(PartialAcknowledgementError);
    expect((failure as PartialAcknowledgementError).missing).toEqual([`a[${lost}]`]);
    await sender.send(probe, [batch('a', 'k1')]);
    expect(admin.fetchTopicMetadata).toHaveBeenCalledTimes(2);
  });

  it('reads the metadata again after a failed send (a topic recreated with fewer partitions must not be sent to blind)', async () => {
    const { kafka, admin } = kafkaWith({ a: 3 });
    const sender = new AcknowledgedSender(kafka);
    const failing = { sendBatch: jest.fn(async () => { throw new Error('This server does not host this topic-partition'); }) } as unknown as Producer;
    await expect(sender.send(failing, [batch('a', 'k1')])).rejects.toThrow('does not host');
    await sender.send(producerAcking().producer, [batch('a', 'k1')]);
    expect(admin.fetchTopicMetadata).toHaveBeenCalledTimes(2);
  });

  it('keeps a partition the caller chose', async () => {
    const { kafka } = kafkaWith({ a: 3 });
    const { producer, sent } = producerAcking();
    await new AcknowledgedSender(kafka).send(producer, [{ topic: 'a', messages: [{ key: 'k1', value: 'v', partition: 2 }] }]);
    expect(sent[0][0].messages[0].partition).toBe(2);
  });

  it('refuses a topic the cluster does not know rather than sending blind', async () => {
    const { kafka } = kafkaWith({});
    const { producer } = producerAcking();
    await expect(new AcknowledgedSender(kafka).send(producer, [batch('nope', 'k1')])).rejects.toThrow('no partitions known for nope');
    expect(producer.sendBatch).not.toHaveBeenCalled();
  });
});

describe('unacknowledged', () => {
  const placed: TopicMessages[] = [{ topic: 'a', messages: [{ value: '1', partition: 0 }, { value: '2', partition: 1 }] }];

  it('lists placed partitions without an error-free acknowledgement', () => {
    expect(unacknowledged(placed, [ack('a', 0)])).toEqual(['a[1]']);
    expect(unacknowledged(placed, [ack('a', 0), ack('a', 1, 6)])).toEqual(['a[1]']);
    expect(unacknowledged(placed, [ack('a', 1), ack('a', 0)])).toEqual([]);
  });
});
