import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { claimDue, type Leased, releaseLease } from '../../jobs/lease';
import type { Averbation } from '../domain/averbation';
import { openedRow, toDomain, toRow } from './averbation.mapper';
import { AverbationRow, ContractClosureRow } from './averbation.orm-entity';

export const AVERBATION_REPOSITORY = Symbol('AVERBATION_REPOSITORY');

const PENDING = ['PENDING_REGISTRATION', 'PENDING_CANCELLATION'];

/** Port: averbations, which are also the job rows of their Dataprev calls. */
export interface AverbationRepository {
  /** The contract's averbation, locked for the caller's transaction. */
  lockByContract(manager: EntityManager, contractId: string): Promise<Averbation | undefined>;
  insert(manager: EntityManager, averbation: Averbation): Promise<void>;
  /** Saves the state; a lease held by a worker is kept (its call's outcome still applies). */
  update(manager: EntityManager, averbation: Averbation): Promise<void>;
  claimDue(limit: number, leaseMs: number): Promise<Array<Leased<Averbation>>>;
  /** The averbation if this lease still holds it, locked; undefined when the lease was lost. */
  lockLeased(manager: EntityManager, leased: Leased<Averbation>): Promise<Averbation | undefined>;
  /** Saves the outcome of a worker's call and releases its lease. */
  complete(manager: EntityManager, averbation: Averbation): Promise<void>;
  release(leased: Leased<Averbation>): Promise<void>;
  isClosed(manager: EntityManager, contractId: string): Promise<boolean>;
  markClosed(manager: EntityManager, contractId: string, reason: string): Promise<void>;
  /** The contract's row as reads show it (personal data opened). */
  findRow(contractId: string): Promise<AverbationRow | undefined>;
}

@Injectable()
export class TypeOrmAverbationRepository implements AverbationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async lockByContract(manager: EntityManager, contractId: string): Promise<Averbation | undefined> {
    const row = await manager.getRepository(AverbationRow).findOne({ where: { contractId }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(this.cipher, row) : undefined;
  }

  async insert(manager: EntityManager, averbation: Averbation): Promise<void> {
    await manager.getRepository(AverbationRow).insert({ ...toRow(this.cipher, averbation), leaseToken: null, leaseExpiresAt: null });
  }

  async update(manager: EntityManager, averbation: Averbation): Promise<void> {
    const { id, ...columns } = toRow(this.cipher, averbation);
    await manager.getRepository(AverbationRow).update({ id }, columns);
  }

  async claimDue(limit: number, leaseMs: number): Promise<Array<Leased<Averbation>>> {
    const { ids, token } = await claimDue(this.dataSource, { table: 'averbation', pendingStatuses: PENDING, limit, leaseMs });
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(AverbationRow).findBy({ id: In(ids) });
    return rows.map((row) => ({ job: toDomain(this.cipher, row), token, trace: row.traceContext ?? undefined }));
  }

  async lockLeased(manager: EntityManager, leased: Leased<Averbation>): Promise<Averbation | undefined> {
    const row = await manager.getRepository(AverbationRow).findOne({ where: { id: leased.job.snapshot.id, leaseToken: leased.token }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(this.cipher, row) : undefined;
  }

  async complete(manager: EntityManager, averbation: Averbation): Promise<void> {
    const { id, ...columns } = toRow(this.cipher, averbation);
    await manager.getRepository(AverbationRow).update({ id }, { ...columns, leaseToken: null, leaseExpiresAt: null });
  }

  release(leased: Leased<Averbation>): Promise<void> {
    return releaseLease(this.dataSource, 'averbation', leased.job.snapshot.id, leased.token);
  }

  async isClosed(manager: EntityManager, contractId: string): Promise<boolean> {
    return (await manager.getRepository(ContractClosureRow).countBy({ contractId })) > 0;
  }

  async markClosed(manager: EntityManager, contractId: string, reason: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(ContractClosureRow).values({ contractId, reason }).orIgnore().execute();
  }

  async findRow(contractId: string): Promise<AverbationRow | undefined> {
    const row = await this.dataSource.getRepository(AverbationRow).findOne({ where: { contractId } });
    return row ? openedRow(this.cipher, row) : undefined;
  }
}
