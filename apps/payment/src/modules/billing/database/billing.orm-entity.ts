import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'billing' })
export class BillingRow {
  @PrimaryColumn('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('text')
  status!: string;

  @Column('timestamptz', { name: 'activated_at', nullable: true })
  activatedAt!: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** The customer's refundable credit from overpayments (decimal string). */
  @Column('numeric', { name: 'credit_balance', precision: 17, scale: 2 })
  creditBalance!: string;
}
