import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One allocation as stored: decimal strings, never JS numbers. */
export interface AllocationRecord {
  installmentNumber: number;
  dueDate: string;
  amount: string;
  daysLate: number;
  fine: string;
  mora: string;
  total: string;
}

@Entity({ name: 'payment' })
export class PaymentRow {
  @PrimaryColumn('uuid', { name: 'payment_id' })
  paymentId!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('text')
  source!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  amount!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  overpayment!: string;

  @Column('date', { name: 'payment_date' })
  paymentDate!: string;

  @Column('timestamptz', { name: 'paid_at' })
  paidAt!: Date;

  @Column('jsonb')
  allocations!: AllocationRecord[];

  @Column('text', { name: 'late_charge_parameters' })
  lateChargeParameters!: string;

  @Column('text', { name: 'remittance_id', nullable: true })
  remittanceId!: string | null;
}
