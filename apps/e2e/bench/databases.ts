import { Pool } from 'pg';
import { STACK_SERVICES, FINAL_PROPOSAL_STATES } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';

/** A proposal's outcome with the server's own clocks: created → the proposal service recording its final state. */
export interface Outcome {
  id: string;
  state: string;
  /** created_at → the commit that moved it to its final state (proposal's inbox row of the event), in ms. */
  latencyMs: number;
}

/** One event of a journey: when it was written, published and consumed (per group), relative to the proposal's creation. */
export interface Hop {
  eventType: string;
  service: string;
  writtenMs: number;
  sentMs: number;
  consumed: Array<{ consumer: string; ms: number }>;
}

const SERVICE_DATABASES = STACK_SERVICES.flatMap((s) => ('database' in s ? [[s.name, s.database] as const] : []));

/** Reads the bench stack's databases (its own schema in each) — the timestamps the services wrote, not a poller's guess. */
export class StackDatabases {
  private readonly pools = new Map<string, Pool>();

  constructor(baseUrl: string, schema: string) {
    for (const [service, database] of SERVICE_DATABASES) {
      const url = new URL(baseUrl);
      url.pathname = `/${database}`;
      const pool = new Pool({ connectionString: url.toString(), max: 2, options: `-c search_path=${schema}` });
      pool.on('error', () => undefined); // an idle connection cut by a server restart (chaos): the pool drops it
      this.pools.set(service, pool);
    }
  }

  private pool(service: string): Pool {
    return this.pools.get(service) as Pool;
  }

  /** Rows of one service's database (its schema first on the search path). */
  async query<R = Record<string, unknown>>(service: string, sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.pool(service).query(sql, params)).rows as R[];
  }

  /** How many of `ids` are in a final state. */
  async finished(ids: readonly string[]): Promise<number> {
    const { rows } = await this.pool('proposal').query(`SELECT count(*)::int AS n FROM proposal WHERE id = ANY($1::uuid[]) AND state = ANY($2)`, [ids, FINAL_PROPOSAL_STATES]);
    return rows[0].n;
  }

  /**
   * Waits until every one of `ids` is final; throws naming how many are not after `timeoutMs`, and
   * where they are (those left APPROVED wait for their customer's acceptance: see the acceptor).
   */
  async untilFinal(ids: readonly string[], timeoutMs: number, intervalMs: number): Promise<void> {
    await waitFor(async () => (await this.finished(ids)) === ids.length, { timeoutMs, intervalMs, description: `${ids.length} proposals final` }).catch(async (error: Error) => {
      const open = await this.query<{ state: string; n: number }>('proposal', `SELECT state, count(*)::int AS n FROM proposal WHERE id = ANY($1::uuid[]) AND state <> ALL($2) GROUP BY state`, [ids, FINAL_PROPOSAL_STATES]).catch(() => []);
      throw new Error(`${error.message}; not final: ${open.map((r) => `${r.n} ${r.state}`).join(', ') || 'unknown'}`);
    });
  }

  async outcomes(ids: readonly string[]): Promise<Outcome[]> {
    const { rows } = await this.pool('proposal').query(
      `SELECT p.id, p.state, EXTRACT(EPOCH FROM (min(i.processed_at) - p.created_at)) * 1000 AS latency_ms
       FROM proposal p
       JOIN proposal_timeline t ON t.proposal_id = p.id AND t.state_after = p.state
       JOIN inbox i ON i.event_id = t.event_id
       WHERE p.id = ANY($1::uuid[]) AND p.state = ANY($2)
       GROUP BY p.id, p.state, p.created_at`,
      [ids, FINAL_PROPOSAL_STATES],
    );
    return rows.map((r) => ({ id: r.id, state: r.state, latencyMs: Number(r.latency_ms) }));
  }

  /** Every event of the proposal's correlation across the six services, in the order written. */
  async hops(proposalId: string): Promise<Hop[]> {
    const { rows: p } = await this.pool('proposal').query(`SELECT correlation_id, created_at FROM proposal WHERE id = $1`, [proposalId]);
    const { correlation_id: correlationId, created_at: createdAt } = p[0];
    const hops: Array<Hop & { eventId: string }> = [];
    for (const [service] of SERVICE_DATABASES) {
      const { rows } = await this.pool(service)
        .query(`SELECT event_id, event_type, created_at, sent_at FROM outbox WHERE payload->'metadata'->>'correlationId' = $1`, [correlationId])
        .catch(() => ({ rows: [] as Array<Record<string, never>> }));
      for (const r of rows) hops.push({ eventId: r.event_id, eventType: r.event_type, service, writtenMs: since(createdAt, r.created_at), sentMs: since(createdAt, r.sent_at), consumed: [] });
    }
    const ids = hops.map((h) => h.eventId);
    for (const [service] of SERVICE_DATABASES) {
      const { rows } = await this.pool(service)
        .query(`SELECT consumer, event_id, processed_at FROM inbox WHERE event_id = ANY($1::uuid[])`, [ids])
        .catch(() => ({ rows: [] as Array<Record<string, never>> }));
      for (const r of rows) hops.find((h) => h.eventId === r.event_id)?.consumed.push({ consumer: r.consumer, ms: since(createdAt, r.processed_at) });
    }
    return hops.sort((a, b) => a.writtenMs - b.writtenMs);
  }

  /** Transactions committed or rolled back so far in each service's database (pg_stat_database: every schema, so a quiet machine's). */
  async transactions(): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const [service] of SERVICE_DATABASES) {
      const { rows } = await this.pool(service).query(`SELECT (xact_commit + xact_rollback)::bigint AS n FROM pg_stat_database WHERE datname = current_database()`);
      counts.set(service, Number(rows[0].n));
    }
    return counts;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((p) => p.end()));
  }
}

function since(start: Date, at: Date | null): number {
  return at ? at.getTime() - start.getTime() : Number.NaN;
}
