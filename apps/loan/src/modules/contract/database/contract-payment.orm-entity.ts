import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A PaymentReceived as loan recorded it (applied, or recorded unapplied before the life-cycle issue), with its mode or settlement reason. */
@Entity({ name: 'contract_payment' })
export class ContractPaymentRow {
  @PrimaryColumn('uuid', { name: 'payment_id' })
  paymentId!: string;

  @Column('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('text')
  source!: string;

  @Column('text')
  purpose!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  amount!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  unallocated!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  overpayment!: string;

  @Column('date', { name: 'payment_date' })
  paymentDate!: string;

  @Column('boolean')
  applied!: boolean;

  @Column('text', { name: 'amortization_mode', nullable: true })
  amortizationMode!: string | null;

  @Column('text', { name: 'settlement_reason', nullable: true })
  settlementReason!: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
