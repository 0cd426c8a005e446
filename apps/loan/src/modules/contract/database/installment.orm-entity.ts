import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'contract_installment' })
export class InstallmentRow {
  @PrimaryColumn('uuid', { name: 'contract_id' })
  contractId!: string;

  @PrimaryColumn('integer')
  number!: number;

  @Column('date', { name: 'due_date' })
  dueDate!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  amount!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  interest!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  amortization!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  balance!: string;

  @Column('text')
  status!: string;

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
