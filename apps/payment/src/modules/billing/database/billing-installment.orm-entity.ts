import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'billing_installment' })
export class BillingInstallmentRow {
  @PrimaryColumn('uuid', { name: 'contract_id' })
  contractId!: string;

  @PrimaryColumn('integer')
  number!: number;

  @Column('date', { name: 'due_date' })
  dueDate!: string;

  /** numeric in PostgreSQL, a decimal string here: never a JS number. */
  @Column('numeric', { precision: 17, scale: 2 })
  amount!: string;

  @Column('text')
  status!: string;

  /** The row's Price decomposition; null on billings whose position is unknown. */
  @Column('numeric', { precision: 17, scale: 2, nullable: true })
  interest!: string | null;

  @Column('numeric', { precision: 17, scale: 2, nullable: true })
  amortization!: string | null;

  /** Balance after the row. */
  @Column('numeric', { precision: 17, scale: 2, nullable: true })
  balance!: string | null;

  /** The payment that settled it (PAID only), with its date, total, fine and mora. */
  @Column('uuid', { name: 'payment_id', nullable: true })
  paymentId!: string | null;

  @Column('date', { name: 'paid_date', nullable: true })
  paidDate!: string | null;

  @Column('numeric', { name: 'paid_amount', precision: 17, scale: 2, nullable: true })
  paidAmount!: string | null;

  @Column('numeric', { precision: 17, scale: 2, nullable: true })
  fine!: string | null;

  @Column('numeric', { precision: 17, scale: 2, nullable: true })
  mora!: string | null;
}
