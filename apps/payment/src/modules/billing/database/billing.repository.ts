import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IsoDate, Money } from '@consignado/finance';
import { Billing, type BillingInstallmentStatus } from '../domain/billing';
import type { BillingStatus } from '../domain/billing-status';
import { BillingInstallmentRow } from './billing-installment.orm-entity';
import { BillingRow } from './billing.orm-entity';

export const BILLING_REPOSITORY = Symbol('BILLING_REPOSITORY');

/** Port: billings by contract. `findForUpdate` locks the row until the caller's transaction ends. */
export interface BillingRepository {
  findForUpdate(manager: EntityManager, contractId: string): Promise<Billing | undefined>;
  save(manager: EntityManager, billing: Billing): Promise<void>;
  find(contractId: string): Promise<Billing | undefined>;
}

@Injectable()
export class TypeOrmBillingRepository implements BillingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findForUpdate(manager: EntityManager, contractId: string): Promise<Billing | undefined> {
    return this.load(manager, contractId, true);
  }

  find(contractId: string): Promise<Billing | undefined> {
    return this.load(this.dataSource.manager, contractId, false);
  }

  async save(manager: EntityManager, billing: Billing): Promise<void> {
    const b = billing.snapshot;
    await manager.getRepository(BillingRow).upsert(
      { contractId: b.contractId, customerId: b.customerId, status: b.status, activatedAt: b.activatedAt ?? null, closedAt: b.closedAt ?? null },
      ['contractId'],
    );
    const rows = b.installments.map((i) => ({ contractId: b.contractId, number: i.number, dueDate: i.dueDate.toString(), amount: i.amount.toString(), status: i.status }));
    if (rows.length > 0) await manager.getRepository(BillingInstallmentRow).upsert(rows, ['contractId', 'number']);
  }

  private async load(manager: EntityManager, contractId: string, lock: boolean): Promise<Billing | undefined> {
    const row = await manager.getRepository(BillingRow).findOne({ where: { contractId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!row) return undefined;
    const installments = await manager.getRepository(BillingInstallmentRow).find({ where: { contractId }, order: { number: 'ASC' } });
    return Billing.restore({
      contractId: row.contractId,
      customerId: row.customerId,
      status: row.status as BillingStatus,
      installments: installments.map((i) => ({ number: i.number, dueDate: IsoDate.of(i.dueDate), amount: Money.of(i.amount), status: i.status as BillingInstallmentStatus })),
      activatedAt: row.activatedAt ?? undefined,
      closedAt: row.closedAt ?? undefined,
    });
  }
}
