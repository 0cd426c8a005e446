import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ErasureDecision } from '../domain/erasure-decision';

export const ERASURE_DECISIONS = Symbol('ERASURE_DECISIONS');

/** A decision as exported: ids, verdict and dates. */
export interface ErasureDecisionRecord {
  readonly requestId: string;
  readonly origin: string;
  readonly decision: string;
  readonly reason: string | null;
  readonly retainedUntil: string | null;
  readonly contractIds: string[];
  readonly decidedAt: string;
}

/** Port: one decision per erasure request id, in the caller's transaction. */
export interface ErasureDecisions {
  decided(manager: EntityManager, requestId: string): Promise<boolean>;
  /** Keeps the decision; false when the request already had one (then the caller does nothing). */
  add(manager: EntityManager, decision: ErasureDecision, eventId: string): Promise<boolean>;
  ofCustomer(customerId: string): Promise<ErasureDecisionRecord[]>;
}

@Injectable()
export class SqlErasureDecisions implements ErasureDecisions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async decided(manager: EntityManager, requestId: string): Promise<boolean> {
    return ((await manager.query('SELECT 1 FROM personal_data_erasure_decision WHERE request_id = $1', [requestId])) as unknown[]).length > 0;
  }

  async add(manager: EntityManager, d: ErasureDecision, eventId: string): Promise<boolean> {
    const v = d.verdict;
    const inserted = (await manager.query(
      `INSERT INTO personal_data_erasure_decision (request_id, customer_id, origin, decision, reason, retained_until, contract_ids, event_id, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) ON CONFLICT (request_id) DO NOTHING RETURNING request_id`,
      [d.requestId, d.customerId, d.origin, v.decision, v.decision === 'RETAIN' ? v.reason : null, 'retainedUntil' in v ? v.retainedUntil.toString() : null, JSON.stringify(d.contractIds), eventId, d.decidedAt],
    )) as unknown[];
    return inserted.length === 1;
  }

  async ofCustomer(customerId: string): Promise<ErasureDecisionRecord[]> {
    const rows: Array<{ request_id: string; origin: string; decision: string; reason: string | null; retained_until: string | null; contract_ids: string[]; decided_at: Date }> = await this.dataSource.query(
      `SELECT request_id, origin, decision, reason, retained_until::text, contract_ids, decided_at FROM personal_data_erasure_decision WHERE customer_id = $1 ORDER BY decided_at, request_id`,
      [customerId],
    );
    return rows.map((r) => ({ requestId: r.request_id, origin: r.origin, decision: r.decision, reason: r.reason, retainedUntil: r.retained_until, contractIds: r.contract_ids, decidedAt: r.decided_at.toISOString() }));
  }
}
