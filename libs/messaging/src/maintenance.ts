import type { EntityManager } from 'typeorm';

/** Retention for {@link purgeProcessed}. */
export interface PurgeOptions {
  /** Delete outbox rows sent longer ago than this (default 7 days). */
  sentOutboxOlderThanMs?: number;
  /**
   * Delete inbox rows older than this (default 30 days). The inbox is the deduplication memory:
   * keep it longer than any redelivery or replay can come back (Kafka retention of the topics).
   */
  inboxOlderThanMs?: number;
}

const DAY = 86_400_000;

/** Deletes old sent outbox rows and old inbox rows; run it from a daily job. */
export async function purgeProcessed(manager: EntityManager, options: PurgeOptions = {}): Promise<{ outbox: number; inbox: number }> {
  const outboxAge = `${options.sentOutboxOlderThanMs ?? 7 * DAY} milliseconds`;
  const inboxAge = `${options.inboxOlderThanMs ?? 30 * DAY} milliseconds`;
  const [, outbox] = (await manager.query(
    `DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < now() - $1::interval`,
    [outboxAge],
  )) as [unknown, number];
  const [, inbox] = (await manager.query(`DELETE FROM inbox WHERE processed_at < now() - $1::interval`, [inboxAge])) as [
    unknown,
    number,
  ];
  return { outbox, inbox };
}
