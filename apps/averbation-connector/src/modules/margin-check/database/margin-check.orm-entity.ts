import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';

@Entity({ name: 'margin_check' })
export class MarginCheckRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'request_event_id' })
  requestEventId!: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  /** Whose benefit (MarginCheckRequested's customerId; null for checks requested before it existed). */
  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId!: string | null;

  /** Sealed (`margin_check.benefit_number`); null once the customer's data was erased. */
  @Column('text', { name: 'benefit_number', nullable: true })
  benefitNumber!: string | null;

  @Column('text')
  status!: string;

  @Column('integer')
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column('text', { name: 'last_error_code', nullable: true })
  lastErrorCode!: string | null;

  @Column('text', { name: 'last_error_message', nullable: true })
  lastErrorMessage!: string | null;

  /** The MarginCheckRequested (CPF and benefit number sealed inside): kept only while the check is pending. */
  @Column('jsonb', { nullable: true })
  request!: EventEnvelope<'MarginCheckRequested'> | null;

  @Column('uuid', { name: 'lease_token', nullable: true })
  leaseToken!: string | null;

  @Column('timestamptz', { name: 'lease_expires_at', nullable: true })
  leaseExpiresAt!: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  /** The trace context of the transaction that created the job (JobTraceContext migration); set once, on insert. */
  @Column({ type: 'jsonb', name: 'trace_context', nullable: true, update: false })
  traceContext?: Record<string, string> | null;
}
