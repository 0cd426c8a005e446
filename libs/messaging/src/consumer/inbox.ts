import type { EntityManager } from 'typeorm';

/** Where an event was read from, recorded with its inbox row. */
export interface InboxEntry {
  consumer: string;
  eventId: string;
  eventType: string;
  topic: string;
  partition: number;
  offset: string;
}

const INSERT_INBOX = `
INSERT INTO inbox (consumer, event_id, event_type, topic, partition, kafka_offset)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (consumer, event_id) DO NOTHING
RETURNING 1 AS inserted`;

/**
 * Records that `consumer` processes `eventId`, in the caller's transaction.
 * @returns false when the row already existed: the event had its effect before (a duplicate).
 */
export async function claimInbox(manager: EntityManager, entry: InboxEntry): Promise<boolean> {
  const rows: unknown[] = await manager.query(INSERT_INBOX, [
    entry.consumer,
    entry.eventId,
    entry.eventType,
    entry.topic,
    entry.partition,
    entry.offset,
  ]);
  return rows.length === 1;
}

/**
 * Records several events at once (one statement for a batched transaction).
 * @returns the eventIds that were new; the others had their effect before.
 */
export async function claimInboxBatch(manager: EntityManager, entries: readonly InboxEntry[]): Promise<Set<string>> {
  if (entries.length === 0) return new Set();
  const values = entries
    .map((_, i) => `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6})`)
    .join(', ');
  const rows: Array<{ event_id: string }> = await manager.query(
    `INSERT INTO inbox (consumer, event_id, event_type, topic, partition, kafka_offset) VALUES ${values}
     ON CONFLICT (consumer, event_id) DO NOTHING RETURNING event_id`,
    entries.flatMap((e) => [e.consumer, e.eventId, e.eventType, e.topic, e.partition, e.offset]),
  );
  return new Set(rows.map((r) => r.event_id));
}
