import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RemittanceReport } from '../domain/remittance';
import { PayrollRemittanceRow } from './payroll-remittance.orm-entity';

export const REMITTANCE_REPOSITORY = Symbol('REMITTANCE_REPOSITORY');

export interface ReceivedRemittance {
  remittanceId: string;
  referenceMonth: string;
  paymentDate: string;
  receivedAt: Date;
  report: RemittanceReport;
}

/** Port: payroll remittances received, each with its reconciliation report. */
export interface RemittanceRepository {
  find(remittanceId: string): Promise<RemittanceReport | undefined>;
  /** In the receiving transaction, before its payments (they reference the remittance). */
  add(manager: EntityManager, remittance: ReceivedRemittance): Promise<void>;
}

@Injectable()
export class TypeOrmRemittanceRepository implements RemittanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(remittanceId: string): Promise<RemittanceReport | undefined> {
    return (await this.dataSource.getRepository(PayrollRemittanceRow).findOneBy({ remittanceId }))?.report;
  }

  async add(manager: EntityManager, remittance: ReceivedRemittance): Promise<void> {
    await manager.getRepository(PayrollRemittanceRow).insert(remittance);
  }
}
