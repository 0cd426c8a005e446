import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { claimDue, type Leased, releaseLease } from '../../jobs/lease';
import type { AverbationAlteration } from '../domain/averbation-alteration';
import { toDomain, toRow } from './alteration.mapper';
import { AlterationRow } from './alteration.orm-entity';

export const ALTERATION_REPOSITORY = Symbol('ALTERATION_REPOSITORY');

/** Port: each deduction's latest plan, which is also the job row of its "Alterar contrato" call. */
export interface AlterationRepository {
  /** The deduction's alteration, locked for the caller's transaction. */
  lock(manager: EntityManager, averbationId: string): Promise<AverbationAlteration | undefined>;
  insert(manager: EntityManager, alteration: AverbationAlteration): Promise<void>;
  /** Saves the state; a lease held by a worker is kept (its call's outcome is weighed by revision). */
  update(manager: EntityManager, alteration: AverbationAlteration): Promise<void>;
  claimDue(limit: number, leaseMs: number): Promise<Array<Leased<AverbationAlteration>>>;
  lockLeased(manager: EntityManager, leased: Leased<AverbationAlteration>): Promise<AverbationAlteration | undefined>;
  /** Saves a worker's outcome and releases its lease. */
  complete(manager: EntityManager, alteration: AverbationAlteration): Promise<void>;
  release(leased: Leased<AverbationAlteration>): Promise<void>;
  findRow(contractId: string): Promise<AlterationRow | undefined>;
}

@Injectable()
export class TypeOrmAlterationRepository implements AlterationRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async lock(manager: EntityManager, averbationId: string): Promise<AverbationAlteration | undefined> {
    const row = await manager.getRepository(AlterationRow).findOne({ where: { id: averbationId }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(this.cipher, row) : undefined;
  }

  async insert(manager: EntityManager, alteration: AverbationAlteration): Promise<void> {
    await manager.getRepository(AlterationRow).insert({ ...toRow(this.cipher, alteration), leaseToken: null, leaseExpiresAt: null });
  }

  async update(manager: EntityManager, alteration: AverbationAlteration): Promise<void> {
    const { id, ...columns } = toRow(this.cipher, alteration);
    await manager.getRepository(AlterationRow).update({ id }, columns);
  }

  async claimDue(limit: number, leaseMs: number): Promise<Array<Leased<AverbationAlteration>>> {
    const { ids, token } = await claimDue(this.dataSource, { table: 'averbation_alteration', pendingStatuses: ['PENDING'], limit, leaseMs });
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(AlterationRow).findBy({ id: In(ids) });
    return rows.map((row) => ({ job: toDomain(this.cipher, row), token, trace: row.traceContext ?? undefined }));
  }

  async lockLeased(manager: EntityManager, leased: Leased<AverbationAlteration>): Promise<AverbationAlteration | undefined> {
    const row = await manager.getRepository(AlterationRow).findOne({ where: { id: leased.job.snapshot.id, leaseToken: leased.token }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(this.cipher, row) : undefined;
  }

  async complete(manager: EntityManager, alteration: AverbationAlteration): Promise<void> {
    const { id, ...columns } = toRow(this.cipher, alteration);
    await manager.getRepository(AlterationRow).update({ id }, { ...columns, leaseToken: null, leaseExpiresAt: null });
  }

  release(leased: Leased<AverbationAlteration>): Promise<void> {
    return releaseLease(this.dataSource, 'averbation_alteration', leased.job.snapshot.id, leased.token);
  }

  async findRow(contractId: string): Promise<AlterationRow | undefined> {
    return (await this.dataSource.getRepository(AlterationRow).findOne({ where: { contractId } })) ?? undefined;
  }
}
