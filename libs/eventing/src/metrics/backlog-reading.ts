import type { Admin } from 'kafkajs';
import type { DataSource } from 'typeorm';

export interface PartitionLag {
  topic: string;
  partition: number;
  lag: number;
}

export interface OutboxBacklog {
  unsent: number;
  /** Seconds the oldest unsent row has waited; 0 when none waits. */
  oldestSeconds: number;
}

/**
 * The group's lag on each partition of `topics`: the end of the log against the group's committed
 * offset, or against the log start when the group never committed there (all of it is waiting).
 * Topics not created yet have no lag.
 */
export async function readLag(admin: Admin, groupId: string, topics: readonly string[]): Promise<PartitionLag[]> {
  const existing = new Set(await admin.listTopics());
  const present = topics.filter((t) => existing.has(t));
  if (present.length === 0) return [];
  const committed = await admin.fetchOffsets({ groupId, topics: present });
  const lags: PartitionLag[] = [];
  for (const { topic, partitions } of committed) {
    const at = new Map(partitions.map((p) => [p.partition, Number(p.offset)]));
    for (const end of await admin.fetchTopicOffsets(topic)) {
      const from = Math.max(Number(end.low), at.get(end.partition) ?? -1);
      lags.push({ topic, partition: end.partition, lag: Math.max(0, Number(end.high) - from) });
    }
  }
  return lags;
}

/** Rows the relay has not published yet, and the age of the oldest (its `outbox_unsent_idx` keeps this cheap). */
export async function readOutboxBacklog(dataSource: DataSource): Promise<OutboxBacklog> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS unsent, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest FROM outbox WHERE sent_at IS NULL`,
  );
  return { unsent: Number(row.unsent), oldestSeconds: Number(row.oldest) };
}

/** Within a scrape's patience: an unreachable broker must not make /metrics itself time out. */
const READ_TIMEOUT_MS = 3_000;

/** `work`'s result, or undefined when it fails or takes longer than a scrape can wait. */
export function within<T>(work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), READ_TIMEOUT_MS)));
  return Promise.race([work.catch(() => undefined), timeout]).finally(() => clearTimeout(timer));
}
