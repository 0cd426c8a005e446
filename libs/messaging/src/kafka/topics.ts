import type { Kafka } from 'kafkajs';

/** A topic to create, with its own partition count. */
export interface TopicSpec {
  topic: string;
  numPartitions?: number;
}

/** Options for {@link ensureTopics}. */
export interface EnsureTopicsOptions {
  /** Partitions of topics given by name only (default 3, as in the contracts' naming rule). */
  numPartitions?: number;
  /** Default 1: the local stack has one broker; production passes its own. */
  replicationFactor?: number;
}

/**
 * Creates the topics that do not exist yet, and waits until their leaders are known. Idempotent:
 * existing topics are left alone (their partition count is not changed). The brokers are expected
 * to run with `auto.create.topics.enable=false`, so every topic is created here, explicitly.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: ReadonlyArray<string | TopicSpec>,
  options: EnsureTopicsOptions = {},
): Promise<void> {
  const { numPartitions = 3, replicationFactor = 1 } = options;
  const wanted = topics.map((t) => (typeof t === 'string' ? { topic: t } : t));
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t.topic));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((t) => ({ topic: t.topic, numPartitions: t.numPartitions ?? numPartitions, replicationFactor })),
    });
  } finally {
    await admin.disconnect();
  }
}
