import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A claim (its id is loan's claim id) and the job of its insurer calls; the rest of its state is `detail`. */
@Entity({ name: 'insurance_claim' })
export class InsuranceClaimRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('text')
  status!: string;

  @Column('integer')
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column('jsonb')
  detail!: Record<string, unknown>;

  @Column('uuid', { name: 'lease_token', nullable: true })
  leaseToken!: string | null;

  @Column('timestamptz', { name: 'lease_expires_at', nullable: true })
  leaseExpiresAt!: Date | null;

  /** The trace context of the transaction that created the job; set once, on insert. */
  @Column({ type: 'jsonb', name: 'trace_context', nullable: true, update: false })
  traceContext?: Record<string, string> | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
