import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RemittanceReport } from '../domain/remittance';

@Entity({ name: 'payroll_remittance' })
export class PayrollRemittanceRow {
  @PrimaryColumn('text', { name: 'remittance_id' })
  remittanceId!: string;

  /** SHA-256 of the canonical content: the same id with other content is a conflict. */
  @Column('char', { name: 'content_hash', length: 64 })
  contentHash!: string;

  @Column('text', { name: 'reference_month' })
  referenceMonth!: string;

  @Column('date', { name: 'payment_date' })
  paymentDate!: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  /** Written in the transaction that claimed the id, so it is never seen empty. */
  @Column('jsonb', { nullable: true })
  report!: RemittanceReport | null;
}
