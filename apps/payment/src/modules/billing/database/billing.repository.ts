import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, MoreThan } from 'typeorm';
import { writeRows } from '@consignado/eventing';
import type { Billing } from '../domain/billing';
import { BillingInstallmentRow } from './billing-installment.orm-entity';
import { toBilling, toBillingRow, toInstallmentRow } from './billing.mapper';
import { BillingRow } from './billing.orm-entity';

export const BILLING_REPOSITORY = Symbol('BILLING_REPOSITORY');

/** The installments of a billing a use case changed (paid ones): only those rows are written. */
export interface BillingChange {
  billing: Billing;
  installments: readonly number[];
}

/** Port: billings by contract. `findForUpdate` locks the row until the caller's transaction ends. */
export interface BillingRepository {
  findForUpdate(manager: EntityManager, contractId: string): Promise<Billing | undefined>;
  /** Locks the billings in contract-id order (no deadlock between two batches), by contract id. */
  findManyForUpdate(manager: EntityManager, contractIds: readonly string[]): Promise<Map<string, Billing>>;
  /** Takes the billing's row lock without reading it (false when there is no billing). */
  lock(manager: EntityManager, contractId: string): Promise<boolean>;
  /** Writes the billing and every installment; rows past its last (a shortened plan) are deleted. */
  save(manager: EntityManager, billing: Billing): Promise<void>;
  /** Writes the billings and only the installments named. */
  saveChanges(manager: EntityManager, changes: readonly BillingChange[]): Promise<void>;
  /** A billing; with `customerId` (a caller bound to one customer), only if the contract is that customer's. */
  find(contractId: string, customerId?: string): Promise<Billing | undefined>;
  customerHasBilling(manager: EntityManager, customerId: string): Promise<boolean>;
}

/** Rows per statement: well under PostgreSQL's 65 535 bind parameters. */
const CHUNK = 1000;

const chunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, k) => items.slice(k * CHUNK, (k + 1) * CHUNK));

@Injectable()
export class TypeOrmBillingRepository implements BillingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findForUpdate(manager: EntityManager, contractId: string): Promise<Billing | undefined> {
    return (await this.findManyForUpdate(manager, [contractId])).get(contractId);
  }

  async findManyForUpdate(manager: EntityManager, contractIds: readonly string[]): Promise<Map<string, Billing>> {
    const found = new Map<string, Billing>();
    for (const ids of chunks([...new Set(contractIds)].sort())) {
      const rows = await manager.getRepository(BillingRow).find({ where: { contractId: In(ids) }, order: { contractId: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      for (const billing of await this.withInstallments(manager, rows)) found.set(billing.contractId, billing);
    }
    return found;
  }

  async lock(manager: EntityManager, contractId: string): Promise<boolean> {
    return (await manager.getRepository(BillingRow).find({ select: { contractId: true }, where: { contractId }, lock: { mode: 'pessimistic_write' } })).length > 0;
  }

  async find(contractId: string, customerId?: string): Promise<Billing | undefined> {
    const row = await this.dataSource.getRepository(BillingRow).findOneBy(customerId === undefined ? { contractId } : { contractId, customerId });
    return row ? (await this.withInstallments(this.dataSource.manager, [row]))[0] : undefined;
  }

  customerHasBilling(manager: EntityManager, customerId: string): Promise<boolean> {
    return manager.getRepository(BillingRow).exists({ where: { customerId } });
  }

  async save(manager: EntityManager, billing: Billing): Promise<void> {
    const numbers = billing.snapshot.installments.map((i) => i.number);
    await this.saveChanges(manager, [{ billing, installments: numbers }]);
    await manager.getRepository(BillingInstallmentRow).delete({ contractId: billing.contractId, number: MoreThan(Math.max(0, ...numbers)) });
  }

  async saveChanges(manager: EntityManager, changes: readonly BillingChange[]): Promise<void> {
    for (const part of chunks(changes)) await manager.getRepository(BillingRow).upsert(part.map((c) => toBillingRow(c.billing)), ['contractId']);
    const installments = changes.flatMap(({ billing, installments: numbers }) =>
      billing.snapshot.installments.filter((i) => numbers.includes(i.number)).map((i) => toInstallmentRow(billing.contractId, i)),
    );
    await writeRows(manager, BillingInstallmentRow, installments, { onConflict: ['contractId', 'number'] });
  }

  private async withInstallments(manager: EntityManager, rows: readonly BillingRow[]): Promise<Billing[]> {
    if (rows.length === 0) return [];
    const installments = await manager.getRepository(BillingInstallmentRow).find({
      where: { contractId: In(rows.map((r) => r.contractId)) },
      order: { contractId: 'ASC', number: 'ASC' },
    });
    const byContract = new Map<string, BillingInstallmentRow[]>();
    for (const i of installments) byContract.set(i.contractId, [...(byContract.get(i.contractId) ?? []), i]);
    return rows.map((row) => toBilling(row, byContract.get(row.contractId) ?? []));
  }
}
