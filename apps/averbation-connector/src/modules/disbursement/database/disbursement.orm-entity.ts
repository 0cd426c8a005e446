import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A disbursement (its id is payment's disbursement id) and the job of its rail calls; the rest of its state is `detail`. */
@Entity({ name: 'disbursement' })
export class DisbursementRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('text')
  status!: string;

  @Column('integer')
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  /** Sealed (`disbursement.account`): the PayoutAccount as JSON, its PIX key or account number inside. */
  @Column('text', { nullable: true })
  account!: string | null;

  /** Sealed (`disbursement.holder_cpf`); null once erased, as the account. */
  @Column('text', { name: 'holder_cpf', nullable: true })
  holderCpf!: string | null;

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
