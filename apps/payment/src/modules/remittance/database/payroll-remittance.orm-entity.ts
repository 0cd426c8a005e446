import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RemittanceReport } from '../domain/remittance';

/** A payroll remittance received, with its reconciliation report (its replay lives in idempotency_key). */
@Entity({ name: 'payroll_remittance' })
export class PayrollRemittanceRow {
  @PrimaryColumn('text', { name: 'remittance_id' })
  remittanceId!: string;

  @Column('text', { name: 'reference_month' })
  referenceMonth!: string;

  @Column('date', { name: 'payment_date' })
  paymentDate!: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  @Column('jsonb')
  report!: RemittanceReport;
}
