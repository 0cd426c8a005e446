/**
 * Claims the oldest unsent rows. SKIP LOCKED lets several relays run side by side; the NOT EXISTS
 * keeps per-key order when they do: a row is published only if no earlier unsent row of the same
 * key lies outside this claim (i.e. is held by another relay, which must publish it first). Rows
 * claimed but held back stay unsent and are taken by a later round.
 */
export const CLAIM_SQL = `
WITH claimed AS MATERIALIZED (
  SELECT id, message_key
  FROM outbox
  WHERE sent_at IS NULL
  ORDER BY id
  LIMIT $1
  FOR UPDATE SKIP LOCKED
)
SELECT o.id, o.topic, o.message_key, o.payload::text AS value, o.headers, o.event_id, o.event_type
FROM claimed c
JOIN outbox o ON o.id = c.id
WHERE NOT EXISTS (
  SELECT 1 FROM outbox e
  WHERE e.sent_at IS NULL
    AND e.message_key = c.message_key
    AND e.id < c.id
    AND e.id NOT IN (SELECT id FROM claimed)
)
ORDER BY o.id`;

/** Marks published rows; runs in the claim's transaction, after the broker acknowledged them. */
export const MARK_SENT_SQL = `UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`;

/** Bookkeeping after a failed publish (separate transaction; the claim was rolled back). */
export const MARK_FAILED_SQL = `
UPDATE outbox SET attempts = attempts + 1, last_error = $2
WHERE id = ANY($1::bigint[]) AND sent_at IS NULL`;

/** A claimed outbox row as read by {@link CLAIM_SQL}. */
export interface OutboxRow {
  id: string;
  topic: string;
  message_key: string;
  value: string;
  headers: Record<string, string>;
  event_id: string;
  event_type: string;
}
