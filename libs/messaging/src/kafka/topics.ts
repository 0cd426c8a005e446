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
  /**
   * Default -1: the brokers' `default.replication.factor` (1 on the single local broker, 3 on the
   * `--brokers 3` cluster, whose `min.insync.replicas` 2 the topic inherits too); production may pass its own.
   */
  replicationFactor?: number;
  /** How long to wait for every partition to have a leader (default 60 s). */
  timeoutMs?: number;
}

/** Broker answers that mean "not yet", never "no". */
const TRANSIENT = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE', 'NOT_CONTROLLER', 'REQUEST_TIMED_OUT', 'TOPIC_ALREADY_EXISTS']);

/**
 * Creates the topics that do not exist yet, and waits until every partition of every wanted topic
 * has a leader. Idempotent and safe to run from several processes at once (the services of a stack
 * start together and share topics): a topic another process created in between counts as created,
 * and metadata that lags just after creation is waited for rather than reported. Existing topics
 * are left alone (their partition count is not changed). The brokers are expected to run with
 * `auto.create.topics.enable=false`, so every topic is created here, explicitly.
 */
export async function ensureTopics(
  kafka: Kafka,
  topics: ReadonlyArray<string | TopicSpec>,
  options: EnsureTopicsOptions = {},
): Promise<void> {
  const { numPartitions = 3, replicationFactor = -1, timeoutMs = 60_000 } = options;
  const wanted = topics.map((t) => (typeof t === 'string' ? { topic: t } : t));
  if (wanted.length === 0) return;
  const deadline = Date.now() + timeoutMs;
  const admin = kafka.admin();
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const existing = new Set(await admin.listTopics());
        const missing = wanted.filter((t) => !existing.has(t.topic));
        if (missing.length > 0) {
          await admin.createTopics({
            waitForLeaders: false,
            topics: missing.map((t) => ({ topic: t.topic, numPartitions: t.numPartitions ?? numPartitions, replicationFactor })),
          });
        }
        if (await allLeadersKnown(admin, wanted.map((t) => t.topic))) return;
      } catch (error) {
        if (!isTransient(error)) throw error;
      }
      if (Date.now() >= deadline) throw new Error(`topics not ready within ${timeoutMs} ms: ${wanted.map((t) => t.topic).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * attempt, 1_000)));
    }
  } finally {
    await admin.disconnect();
  }
}

async function allLeadersKnown(admin: ReturnType<Kafka['admin']>, topics: string[]): Promise<boolean> {
  const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
  return topics.every((name) => {
    const topic = metadata.find((m) => m.name === name);
    return topic !== undefined && topic.partitions.length > 0 && topic.partitions.every((p) => p.leader >= 0);
  });
}

/** kafkajs reports per-topic failures inside an aggregate; transient only if every part is. */
function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { type, errors, retriable } = error as { type?: string; errors?: unknown[]; retriable?: boolean };
  if (Array.isArray(errors) && errors.length > 0) return errors.every(isTransient);
  return (type !== undefined && TRANSIENT.has(type)) || retriable === true;
}
