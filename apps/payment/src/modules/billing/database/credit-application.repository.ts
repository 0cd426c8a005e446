import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Money } from '@consignado/finance';
import type { Payment } from '../../payment/domain/payment';

export const CREDIT_APPLICATION_REPOSITORY = Symbol('CREDIT_APPLICATION_REPOSITORY');

/** A payment made from the customer's credit. */
export interface CreditApplicationRecord {
  paymentId: string;
  amount: Money;
  appliedAt: Date;
  installments: number[];
}

/** Port: which payments were paid from the credit (the payment itself is in PAYMENT_REPOSITORY). */
export interface CreditApplicationRepository {
  add(manager: EntityManager, payment: Payment): Promise<void>;
  ofContract(contractId: string): Promise<CreditApplicationRecord[]>;
}

type Row = { payment_id: string; amount: string; applied_at: Date; installments: number[] | null };

@Injectable()
export class SqlCreditApplicationRepository implements CreditApplicationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(manager: EntityManager, payment: Payment): Promise<void> {
    await manager.query(`INSERT INTO credit_application (payment_id, contract_id, amount, applied_at) VALUES ($1, $2, $3, $4)`, [
      payment.paymentId, payment.contractId, payment.amount.toString(), payment.paidAt,
    ]);
  }

  async ofContract(contractId: string): Promise<CreditApplicationRecord[]> {
    const rows = (await this.dataSource.query(
      `SELECT a.payment_id, a.amount, a.applied_at, (SELECT array_agg(i.number ORDER BY i.number) FROM billing_installment i WHERE i.payment_id = a.payment_id) AS installments
       FROM credit_application a WHERE a.contract_id = $1 ORDER BY a.applied_at, a.payment_id`,
      [contractId],
    )) as Row[];
    return rows.map((r) => ({ paymentId: r.payment_id, amount: Money.of(r.amount), appliedAt: r.applied_at, installments: r.installments ?? [] }));
  }
}
