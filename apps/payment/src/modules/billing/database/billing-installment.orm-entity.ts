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
}
