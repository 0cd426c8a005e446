import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IsoDate, Money } from '@consignado/finance';
import type { Payment, PaymentSource } from '../domain/payment';
import { PaymentRow } from './payment.orm-entity';

export const PAYMENT_REPOSITORY = Symbol('PAYMENT_REPOSITORY');

/** A manual payment's Idempotency-Key and the fingerprint of the request that used it first. */
export interface IdempotencyInput {
  key: string;
  fingerprint: string;
}

/** Port: payments received. */
export interface PaymentRepository {
  /** A concurrent twin with the same Idempotency-Key makes this fail on the unique key. */
  add(manager: EntityManager, payment: Payment, idempotency?: IdempotencyInput): Promise<void>;
  addMany(manager: EntityManager, payments: readonly Payment[]): Promise<void>;
  find(paymentId: string): Promise<Payment | undefined>;
  findByIdempotencyKey(key: string): Promise<{ payment: Payment; fingerprint: string } | undefined>;
}

const CHUNK = 1000;

@Injectable()
export class TypeOrmPaymentRepository implements PaymentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, payment: Payment, idempotency?: IdempotencyInput): Promise<void> {
    await manager.getRepository(PaymentRow).insert({ ...toRow(payment), idempotencyKey: idempotency?.key ?? null, requestFingerprint: idempotency?.fingerprint ?? null });
  }

  async addMany(manager: EntityManager, payments: readonly Payment[]): Promise<void> {
    for (let k = 0; k < payments.length; k += CHUNK) {
      await manager.getRepository(PaymentRow).insert(payments.slice(k, k + CHUNK).map((p) => ({ ...toRow(p), idempotencyKey: null, requestFingerprint: null })));
    }
  }

  async find(paymentId: string): Promise<Payment | undefined> {
    const row = await this.dataSource.getRepository(PaymentRow).findOneBy({ paymentId });
    return row ? toPayment(row) : undefined;
  }

  async findByIdempotencyKey(key: string): Promise<{ payment: Payment; fingerprint: string } | undefined> {
    const row = await this.dataSource.getRepository(PaymentRow).findOneBy({ idempotencyKey: key });
    return row?.requestFingerprint ? { payment: toPayment(row), fingerprint: row.requestFingerprint } : undefined;
  }
}

function toRow(p: Payment): Omit<PaymentRow, 'idempotencyKey' | 'requestFingerprint'> {
  return {
    paymentId: p.paymentId,
    customerId: p.customerId,
    contractId: p.contractId,
    source: p.source,
    amount: p.amount.toString(),
    overpayment: p.overpayment.toString(),
    paymentDate: p.paymentDate.toString(),
    paidAt: p.paidAt,
    allocations: p.allocations.map((a) => ({
      installmentNumber: a.installmentNumber,
      dueDate: a.dueDate.toString(),
      amount: a.amount.toString(),
      daysLate: a.daysLate,
      fine: a.fine.toString(),
      mora: a.mora.toString(),
      total: a.total.toString(),
    })),
    lateChargeParameters: p.lateChargeParameters,
    remittanceId: p.remittanceId ?? null,
  };
}

function toPayment(row: PaymentRow): Payment {
  return {
    paymentId: row.paymentId,
    customerId: row.customerId,
    contractId: row.contractId,
    source: row.source as PaymentSource,
    amount: Money.of(row.amount),
    overpayment: Money.of(row.overpayment),
    paymentDate: IsoDate.of(row.paymentDate),
    paidAt: row.paidAt,
    allocations: row.allocations.map((a) => ({
      installmentNumber: a.installmentNumber,
      dueDate: IsoDate.of(a.dueDate),
      amount: Money.of(a.amount),
      daysLate: a.daysLate,
      fine: Money.of(a.fine),
      mora: Money.of(a.mora),
      total: Money.of(a.total),
    })),
    lateChargeParameters: row.lateChargeParameters,
    remittanceId: row.remittanceId ?? undefined,
  };
}
