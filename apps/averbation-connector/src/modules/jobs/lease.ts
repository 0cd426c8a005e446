import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** A job this instance holds until its lease expires or it completes. */
export interface Leased<T> {
  job: T;
  token: string;
  /** The trace the job was created in (W3C headers), continued while it runs. */
  trace?: Record<string, string>;
}

/** Every job table: averbations, margin checks, alterations, portabilities in and out, insurance claims, disbursements. */
export type JobTable = 'averbation' | 'margin_check' | 'averbation_alteration' | 'portability_in' | 'portability_out' | 'insurance_claim' | 'disbursement';

export interface ClaimQuery {
  /** A job table with id, status, next_attempt_at, lease_token, lease_expires_at (a constant, never input). */
  table: JobTable;
  pendingStatuses: readonly string[];
  limit: number;
  leaseMs: number;
}

/**
 * Leases up to `limit` due jobs in one statement: FOR UPDATE SKIP LOCKED lets instances claim
 * side by side without waiting on, or taking, each other's rows; the lease keeps the job theirs
 * for the Dataprev call without holding a transaction open through it.
 */
export async function claimDue(dataSource: DataSource, q: ClaimQuery): Promise<{ ids: string[]; token: string }> {
  const token = randomUUID();
  const rows = (await dataSource.query(
    `UPDATE ${q.table} SET lease_token = $1, lease_expires_at = now() + make_interval(secs => $2::double precision / 1000)
      WHERE id IN (
        SELECT id FROM ${q.table}
         WHERE status = ANY($3) AND next_attempt_at <= now() AND (lease_expires_at IS NULL OR lease_expires_at < now())
         ORDER BY next_attempt_at
         LIMIT $4
         FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    [token, q.leaseMs, q.pendingStatuses, q.limit],
  )) as [Array<{ id: string }>, number] | Array<{ id: string }>;
  // TypeORM returns [rows, count] for UPDATE … RETURNING on PostgreSQL.
  const list = Array.isArray(rows[0]) ? (rows[0] as Array<{ id: string }>) : (rows as Array<{ id: string }>);
  return { ids: list.map((r) => r.id), token };
}

/** Gives a job back at once (this instance is stopping): another may take it now. */
export async function releaseLease(dataSource: DataSource, table: JobTable, id: string, token: string): Promise<void> {
  await dataSource.query(`UPDATE ${table} SET lease_token = NULL, lease_expires_at = NULL WHERE id = $1 AND lease_token = $2`, [id, token]);
}

/** Extends the leases of jobs still running here (their claims' tokens): a live instance keeps them, a crashed one's lapse. */
export async function renewLeases(dataSource: DataSource, table: JobTable, tokens: readonly string[], leaseMs: number): Promise<void> {
  if (tokens.length === 0) return;
  await dataSource.query(`UPDATE ${table} SET lease_expires_at = now() + make_interval(secs => $2::double precision / 1000) WHERE lease_token = ANY($1::uuid[])`, [[...new Set(tokens)], leaseMs]);
}

/** A worker's `renew` option for a job table: every third of the lease, the jobs in flight keep theirs. */
export function leaseRenewal<T>(dataSource: DataSource, table: JobTable, leaseMs: number): { everyMs: number; leases: (jobs: Array<Leased<T>>) => Promise<void> } {
  return { everyMs: Math.floor(leaseMs / 3), leases: (jobs) => renewLeases(dataSource, table, jobs.map((j) => j.token), leaseMs) };
}
