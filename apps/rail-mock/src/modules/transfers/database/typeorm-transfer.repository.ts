import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Transfer } from '../domain/transfer';
import { toDomain, toRow } from './transfer.mapper';
import { TransferRow } from './transfer.orm-entities';
import type { TransferFilter, TransferRepository } from './transfer.repository';

@Injectable()
export class TypeOrmTransferRepository implements TransferRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, transfer: Transfer): Promise<boolean> {
    const result = await manager.createQueryBuilder().insert().into(TransferRow).values(toRow(transfer)).orIgnore().returning('transfer_id').execute();
    return (result.raw as unknown[]).length === 1;
  }

  async lock(manager: EntityManager, transferId: string): Promise<Transfer | undefined> {
    const row = await manager.getRepository(TransferRow).findOne({ where: { transferId }, lock: { mode: 'pessimistic_write' } });
    return row ? toDomain(row) : undefined;
  }

  async save(manager: EntityManager, transfer: Transfer): Promise<void> {
    const { transferId, status } = toRow(transfer);
    await manager.getRepository(TransferRow).update({ transferId }, { status });
  }

  async list(filter: TransferFilter): Promise<Transfer[]> {
    const where = filter.transferId === undefined ? {} : { transferId: filter.transferId };
    const rows = await this.dataSource.getRepository(TransferRow).find({ where, order: { filedAt: 'DESC', transferId: 'DESC' }, take: filter.limit });
    return rows.map(toDomain);
  }
}
