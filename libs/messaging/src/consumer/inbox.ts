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
