import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { claimDue, type Leased, releaseLease } from '../../jobs/lease';
import type { MarginCheck } from '../domain/margin-check';
import { toDomain, toRow } from './margin-check.mapper';
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

@Injectable()
export class TypeOrmMarginCheckRepository implements MarginCheckRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async insert(manager: EntityManager, check: MarginCheck): Promise<void> {
    await manager.getRepository(MarginCheckRow).insert(toRow(this.cipher, check));
  }

  async claimDue(limit: number, leaseMs: number): Promise<Array<Leased<MarginCheck>>> {
    const { ids, token } = await claimDue(this.dataSource, { table: 'margin_check', pendingStatuses: ['PENDING'], limit, leaseMs });
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(MarginCheckRow).findBy({ id: In(ids) });
    return rows.map((row) => ({ job: toDomain(this.cipher, row), token, trace: row.traceContext ?? undefined }));
  }

  async lockLeased(manager: EntityManager, leased: Leased<MarginCheck>): Promise<MarginCheck | undefined> {
    const row = await manager.getRepository(MarginCheckRow).findOne({ where: { id: leased.job.snapshot.id, leaseToken: leased.token }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(this.cipher, row) : undefined;
  }

  async complete(manager: EntityManager, check: MarginCheck): Promise<void> {
    const { id, ...columns } = toRow(this.cipher, check);
    await manager.getRepository(MarginCheckRow).update({ id }, columns);
  }

  release(leased: Leased<MarginCheck>): Promise<void> {
    return releaseLease(this.dataSource, 'margin_check', leased.job.snapshot.id, leased.token);
  }
}
