import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ErasureRequest } from '../domain/erasure-request';
import { toDomain, toRow } from './erasure-request.mapper';
import { ErasureRequestRow } from './erasure-request.orm-entity';

/** Where erasure requests live; writes take the caller's transaction. */
@Injectable()
export class ErasureRequests {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** False when the customer already has a PENDING request (nothing written). */
  async insert(manager: EntityManager, request: ErasureRequest): Promise<boolean> {
    const result = await manager.createQueryBuilder().insert().into(ErasureRequestRow).values(toRow(request)).orIgnore().returning('id').execute();
    return (result.raw as unknown[]).length > 0;
  }

  async update(manager: EntityManager, request: ErasureRequest): Promise<void> {
    await manager.getRepository(ErasureRequestRow).save(toRow(request));
  }

  async lock(manager: EntityManager, id: string): Promise<ErasureRequest | undefined> {
    const row = await manager.getRepository(ErasureRequestRow).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(row) : undefined;
  }

  async pendingOf(manager: EntityManager, customerId: string): Promise<ErasureRequest | undefined> {
    const row = await manager.getRepository(ErasureRequestRow).findOneBy({ customerId, state: 'PENDING' });
    return row ? toDomain(row) : undefined;
  }

  async find(customerId: string, id: string): Promise<ErasureRequest | undefined> {
    const row = await this.dataSource.getRepository(ErasureRequestRow).findOneBy({ id, customerId });
    return row ? toDomain(row) : undefined;
  }

  async ofCustomer(manager: EntityManager, customerId: string): Promise<ErasureRequest[]> {
    const rows = await manager.getRepository(ErasureRequestRow).find({ where: { customerId }, order: { requestedAt: 'ASC' } });
    return rows.map(toDomain);
  }
}
