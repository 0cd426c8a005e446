import type { EntityManager } from 'typeorm';

/** One anonymization a service applied for a data-subject request. */
export interface ErasureRecord {
  readonly requestId: string;
  readonly origin: string;
  /** Table → rows anonymized. */
  readonly rows: Readonly<Record<string, number>>;
  readonly anonymizedAt: string;
}

/**
 * Records that `requestId` was applied, in the caller's transaction (with the anonymization
 * itself). False when it already was: the caller then changes nothing.
 */
export async function recordErasure(manager: EntityManager, requestId: string, customerId: string, origin: string, rows: Readonly<Record<string, number>>): Promise<boolean> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO personal_data_erasure (request_id, customer_id, origin, rows) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (request_id) DO NOTHING RETURNING request_id`,
    [requestId, customerId, origin, JSON.stringify(rows)],
  );
  return inserted.length === 1;
}

/** The erasures applied to a customer, oldest first (part of their export). */
export async function erasuresOf(manager: EntityManager, customerId: string): Promise<ErasureRecord[]> {
  const found: Array<{ request_id: string; origin: string; rows: Record<string, number>; anonymized_at: Date }> = await manager.query(
    `SELECT request_id, origin, rows, anonymized_at FROM personal_data_erasure WHERE customer_id = $1 ORDER BY anonymized_at, request_id`,
    [customerId],
  );
  return found.map((r) => ({ requestId: r.request_id, origin: r.origin, rows: r.rows, anonymizedAt: r.anonymized_at.toISOString() }));
}
