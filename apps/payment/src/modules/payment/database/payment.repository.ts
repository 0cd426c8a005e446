import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Payment } from '../domain/payment';
import { toPayment, toRow } from './payment.mapper';
import { PaymentRow } from './payment.orm-entity';

export const PAYMENT_REPOSITORY = Symbol('PAYMENT_REPOSITORY');

/** Port: payments received. */
export interface PaymentRepository {
  add(manager: EntityManager, payment: Payment): Promise<void>;
  addMany(manager: EntityManager, payments: readonly Payment[]): Promise<void>;
  find(paymentId: string): Promise<Payment | undefined>;
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

  async find(paymentId: string): Promise<Payment | undefined> {
    const row = await this.dataSource.getRepository(PaymentRow).findOneBy({ paymentId });
    return row ? toPayment(row) : undefined;
  }
}
