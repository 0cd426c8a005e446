import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';

@Entity({ name: 'averbation' })
export class AverbationRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  /** The customer AverbationRequested named (also inside `request`): their data-subject requests find the row by it. */
  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId!: string | null;

  /** Sealed (`averbation.benefit_number`); null once the customer's data was erased. */
  @Column('text', { name: 'benefit_number', nullable: true })
  benefitNumber!: string | null;

  /** numeric: read back as a decimal string, never a float. */
  @Column('numeric', { name: 'installment_amount', precision: 17, scale: 2 })
  installmentAmount!: string;

  @Column('text')
  status!: string;

  @Column('integer')
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column('text', { nullable: true })
  protocol!: string | null;

  @Column('timestamptz', { name: 'registered_at', nullable: true })
  registeredAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { name: 'close_reason', nullable: true })
  closeReason!: string | null;

  @Column('text', { name: 'last_error_code', nullable: true })
  lastErrorCode!: string | null;

  @Column('text', { name: 'last_error_message', nullable: true })
  lastErrorMessage!: string | null;

  /** The AverbationRequested being served: payload for Dataprev (CPF and benefit number sealed inside), cause of the events emitted. */
  @Column('jsonb')
  request!: EventEnvelope<'AverbationRequested'>;

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

@Entity({ name: 'contract_closure' })
export class ContractClosureRow {
  @PrimaryColumn('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('text')
  reason!: string;
}
