import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { claimDue, type Leased, releaseLease } from '../../jobs/lease';
import { MarginCheck, type MarginCheckStatus } from '../domain/margin-check';
import { MarginCheckRow } from './margin-check.orm-entity';

export const MARGIN_CHECK_REPOSITORY = Symbol('MARGIN_CHECK_REPOSITORY');

/** Port: margin checks waiting for Dataprev (they are their own job rows). */
export interface MarginCheckRepository {
  insert(manager: EntityManager, check: MarginCheck): Promise<void>;
  claimDue(limit: number, leaseMs: number): Promise<Array<Leased<MarginCheck>>>;
  lockLeased(manager: EntityManager, leased: Leased<MarginCheck>): Promise<MarginCheck | undefined>;
  /** Saves the outcome, releases the lease, and forgets the request (and its CPF) once done. */
  complete(manager: EntityManager, check: MarginCheck): Promise<void>;
  release(leased: Leased<MarginCheck>): Promise<void>;
}

function toDomain(row: MarginCheckRow): MarginCheck {
  if (!row.request) throw new Error(`margin check ${row.id} has no request`);
  return new MarginCheck({
    id: row.id,
    request: row.request,
    status: row.status as MarginCheckStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastErrorCode ? { code: row.lastErrorCode, message: row.lastErrorMessage ?? '' } : undefined,
  });
}

function toRow(check: MarginCheck): MarginCheckRow {
  const s = check.snapshot;
  return {
    id: s.id,
    requestEventId: s.request.eventId,
    proposalId: s.request.payload.proposalId,
    benefitNumber: s.request.payload.benefitNumber,
    status: s.status,
    attempts: s.attempts,
    nextAttemptAt: s.nextAttemptAt,
    lastErrorCode: s.lastError?.code ?? null,
    lastErrorMessage: s.lastError?.message ?? null,
    request: s.status === 'PENDING' ? s.request : null,
    leaseToken: null,
    leaseExpiresAt: null,
    updatedAt: new Date(),
  };
}

@Injectable()
export class TypeOrmMarginCheckRepository implements MarginCheckRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, check: MarginCheck): Promise<void> {
    await manager.getRepository(MarginCheckRow).insert(toRow(check));
  }

  async claimDue(limit: number, leaseMs: number): Promise<Array<Leased<MarginCheck>>> {
    const { ids, token } = await claimDue(this.dataSource, { table: 'margin_check', pendingStatuses: ['PENDING'], limit, leaseMs });
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(MarginCheckRow).findBy({ id: In(ids) });
    return rows.map((row) => ({ job: toDomain(row), token }));
  }

  async lockLeased(manager: EntityManager, leased: Leased<MarginCheck>): Promise<MarginCheck | undefined> {
    const row = await manager.getRepository(MarginCheckRow).findOne({ where: { id: leased.job.snapshot.id, leaseToken: leased.token }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(row) : undefined;
  }

  async complete(manager: EntityManager, check: MarginCheck): Promise<void> {
    const { id, ...columns } = toRow(check);
    await manager.getRepository(MarginCheckRow).update({ id }, columns);
  }

  release(leased: Leased<MarginCheck>): Promise<void> {
    return releaseLease(this.dataSource, 'margin_check', leased.job.snapshot.id, leased.token);
  }
}
