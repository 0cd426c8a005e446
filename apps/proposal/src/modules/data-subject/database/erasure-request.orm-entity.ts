import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'erasure_request' })
export class ErasureRequestRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('text')
  origin!: string;

  @Column('text', { name: 'requested_by' })
  requestedBy!: string;

  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Column('uuid', { name: 'proposal_ids', array: true })
  proposalIds!: string[];

  @Column('text')
  state!: string;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('date', { name: 'retained_until', nullable: true })
  retainedUntil!: string | null;

  @Column('uuid', { name: 'contract_ids', array: true, nullable: true })
  contractIds!: string[] | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;
}
