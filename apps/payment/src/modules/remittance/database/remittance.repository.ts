import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RemittanceReport } from '../domain/remittance';
import { PayrollRemittanceRow } from './payroll-remittance.orm-entity';

export const REMITTANCE_REPOSITORY = Symbol('REMITTANCE_REPOSITORY');

export interface StoredRemittance {
  contentHash: string;
  report: RemittanceReport;
}

export interface RemittanceHeader {
  remittanceId: string;
  contentHash: string;
  referenceMonth: string;
  paymentDate: string;
  receivedAt: Date;
}

/** Port: payroll remittances received, each with its reconciliation report. */
export interface RemittanceRepository {
  find(remittanceId: string): Promise<StoredRemittance | undefined>;
  /**
   * Takes the remittance id for this transaction (INSERT … ON CONFLICT DO NOTHING): false when it
   * was already taken. A concurrent twin in flight makes this wait for its outcome.
   */
  claim(manager: EntityManager, header: RemittanceHeader): Promise<boolean>;
  complete(manager: EntityManager, remittanceId: string, report: RemittanceReport): Promise<void>;
}

@Injectable()
export class TypeOrmRemittanceRepository implements RemittanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(remittanceId: string): Promise<StoredRemittance | undefined> {
    const row = await this.dataSource.getRepository(PayrollRemittanceRow).findOneBy({ remittanceId });
    return row?.report ? { contentHash: row.contentHash, report: row.report } : undefined;
  }

  async claim(manager: EntityManager, header: RemittanceHeader): Promise<boolean> {
    const result = await manager.createQueryBuilder().insert().into(PayrollRemittanceRow).values({ ...header, report: null }).orIgnore().returning('remittance_id').execute();
    return (result.raw as unknown[]).length === 1;
  }

  async complete(manager: EntityManager, remittanceId: string, report: RemittanceReport): Promise<void> {
    await manager.getRepository(PayrollRemittanceRow).update({ remittanceId }, { report });
  }
}
