import type { EntityManager } from 'typeorm';
import { ORIGINATION_SETTLED } from '../domain/origination-settled';
import { RECHECK_DAYS, type RetentionCandidate } from '../domain/retention-policy';

type Row = { customer_id: string; last_activity_at: Date; pending: boolean; in_progress: boolean; held_until: Date | null };

/**
 * Customers not yet anonymized whose last activity (registration, any proposal change) is older
 * than `cutoff`, oldest first, with what the retention rule weighs.
 */
export async function retentionCandidates(manager: EntityManager, cutoff: Date, limit: number): Promise<RetentionCandidate[]> {
  const rows: Row[] = await manager.query(
    `SELECT c.id AS customer_id,
            GREATEST(c.created_at, COALESCE(max(p.updated_at), c.created_at)) AS last_activity_at,
            COALESCE(bool_or(p.state <> ALL($3::text[])), false) AS in_progress,
            EXISTS (SELECT 1 FROM erasure_request r WHERE r.customer_id = c.id AND r.state = 'PENDING') AS pending,
            (SELECT max(COALESCE(r.retained_until::timestamptz, r.decided_at + make_interval(days => $4)))
               FROM erasure_request r WHERE r.customer_id = c.id AND r.state = 'RETAINED') AS held_until
       FROM customer c LEFT JOIN proposal p ON p.customer_id = c.id
      WHERE c.status <> 'ANONYMIZED'
      GROUP BY c.id
     HAVING GREATEST(c.created_at, COALESCE(max(p.updated_at), c.created_at)) < $1
      ORDER BY 2, 1
      LIMIT $2`,
    [cutoff, limit, ORIGINATION_SETTLED, RECHECK_DAYS],
  );
  return rows.map((r) => ({
    customerId: r.customer_id, lastActivityAt: r.last_activity_at, anonymized: false, hasPendingRequest: r.pending, hasProposalInProgress: r.in_progress,
    ...(r.held_until ? { heldUntil: r.held_until } : {}),
  }));
}
