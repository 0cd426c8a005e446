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
}
