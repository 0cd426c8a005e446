import { type Admin, type Kafka, type PartitionMetadata, Partitioners, type Producer, type RecordMetadata, type TopicMessages } from 'kafkajs';

/** The broker acknowledged only part of a batch: nothing may be marked sent; send it all again. */
export class PartialAcknowledgementError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`the broker did not acknowledge ${missing.join(', ')}`);
    this.name = 'PartialAcknowledgementError';
  }
}

/**
 * `sendBatch` that resolves only when every partition it wrote to was acknowledged.
 *
 * kafkajs 2.2.4 retries a batch spanning several leaders broker by broker and skips a broker that
 * answered the first try, even when a partition of the dead leader has moved to it: the call
 * resolves and that partition's messages are never written (src/producer/sendMessages.js). So each
 * message is placed on its partition here (the same DefaultPartitioner, on the topic's metadata),
 * and a placed partition missing from the acknowledgements fails the call. The caller sends the
 * whole batch again; consumers deduplicate by eventId.
 */
export class AcknowledgedSender {
  private readonly partitioner = Partitioners.DefaultPartitioner();
  private readonly metadata = new Map<string, PartitionMetadata[]>();
  private admin: Admin | undefined;

  constructor(private readonly kafka: Kafka) {}

  async send(producer: Producer, topicMessages: TopicMessages[]): Promise<RecordMetadata[]> {
    const placed = await this.place(topicMessages);
    try {
      const acks = await producer.sendBatch({ topicMessages: placed, acks: -1 });
      const missing = unacknowledged(placed, acks);
      if (missing.length > 0) throw new PartialAcknowledgementError(missing);
      return acks;
    } catch (error) {
      this.metadata.clear(); // partitions may have been added (or a topic recreated), leaders moved: read them again
      throw error;
    }
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    this.metadata.clear();
    await admin?.disconnect().catch(() => undefined);
  }

  private async place(topicMessages: TopicMessages[]): Promise<TopicMessages[]> {
    await this.load(topicMessages.map((t) => t.topic).filter((topic) => !this.metadata.has(topic)));
    return topicMessages.map(({ topic, messages }) => {
      const partitionMetadata = this.metadata.get(topic) ?? [];
      return { topic, messages: messages.map((message) => ({ ...message, partition: message.partition ?? this.partitioner({ topic, partitionMetadata, message }) })) };
    });
  }

  private async load(topics: string[]): Promise<void> {
    if (topics.length === 0) return;
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    try {
      const { topics: found } = await this.admin.fetchTopicMetadata({ topics: [...new Set(topics)] });
      for (const t of found) this.metadata.set(t.name, t.partitions);
    } catch (error) {
      await this.close(); // a fresh admin next time
      throw error;
    }
    for (const topic of topics) if (!this.metadata.get(topic)?.length) throw new Error(`no partitions known for ${topic}`);
  }
}

/** `topic[partition]` of every placed partition without an error-free acknowledgement. */
export function unacknowledged(placed: readonly TopicMessages[], acks: readonly RecordMetadata[]): string[] {
  const acknowledged = new Set(acks.filter((a) => a.errorCode === 0).map((a) => `${a.topicName}[${a.partition}]`));
  const wanted = new Set(placed.flatMap(({ topic, messages }) => messages.map((m) => `${topic}[${m.partition}]`)));
  return [...wanted].filter((p) => !acknowledged.has(p));
}
