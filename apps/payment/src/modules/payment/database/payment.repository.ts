import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Payment } from '../domain/payment';
import { toPayment, toRow } from './payment.mapper';
import { PaymentRow } from './payment.orm-entity';

export const PAYMENT_REPOSITORY = Symbol('PAYMENT_REPOSITORY');

/** What identifies a payoff that must be recorded once: the refinancing's new contract, the portability's NU, or the insurance claim. */
export type PayoffKey = { source: 'REFINANCING'; replacedByContractId: string } | { source: 'PORTABILITY'; portabilityNumber: string } | { source: 'INSURANCE'; claimId: string };

/** The settlement field each payoff is unique on (the partial unique indexes payment_*_payoff). */
function keyField(key: PayoffKey): [field: string, value: string] {
  if (key.source === 'REFINANCING') return ['replacedByContractId', key.replacedByContractId];
  return key.source === 'PORTABILITY' ? ['portabilityNumber', key.portabilityNumber] : ['claimId', key.claimId];
}

/** Port: payments received. */
export interface PaymentRepository {
  add(manager: EntityManager, payment: Payment): Promise<void>;
  addMany(manager: EntityManager, payments: readonly Payment[]): Promise<void>;
  /** A payment; with `customerId` (a caller bound to one customer), only if it is that customer's. */
  find(paymentId: string, customerId?: string): Promise<Payment | undefined>;
  /** A payment read in the caller's transaction. */
  findIn(manager: EntityManager, paymentId: string): Promise<Payment | undefined>;
  /** The payoff already recorded for the key (unique indexes back it up). */
  findPayoff(manager: EntityManager, key: PayoffKey): Promise<Payment | undefined>;
}

const CHUNK = 1000;

@Injectable()
export class TypeOrmPaymentRepository implements PaymentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, payment: Payment): Promise<void> {
    await this.addMany(manager, [payment]);
  }

  async addMany(manager: EntityManager, payments: readonly Payment[]): Promise<void> {
    for (let k = 0; k < payments.length; k += CHUNK) await manager.getRepository(PaymentRow).insert(payments.slice(k, k + CHUNK).map(toRow));
  }

  async find(paymentId: string, customerId?: string): Promise<Payment | undefined> {
    const row = await this.dataSource.getRepository(PaymentRow).findOneBy(customerId === undefined ? { paymentId } : { paymentId, customerId });
    return row ? toPayment(row) : undefined;
  }

  async findIn(manager: EntityManager, paymentId: string): Promise<Payment | undefined> {
    const row = await manager.getRepository(PaymentRow).findOneBy({ paymentId });
    return row ? toPayment(row) : undefined;
  }

  async findPayoff(manager: EntityManager, key: PayoffKey): Promise<Payment | undefined> {
    const [field, value] = keyField(key);
    const row = await manager
      .getRepository(PaymentRow)
      .createQueryBuilder('p')
      .where('p.source = :source', { source: key.source })
      .andWhere(`p.settlement ->> '${field}' = :value`, { value })
      .getOne();
    return row ? toPayment(row) : undefined;
  }
}
