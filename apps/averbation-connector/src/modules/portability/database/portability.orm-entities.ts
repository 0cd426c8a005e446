import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Columns every job row shares: the worker claims on status and next_attempt_at, with a lease. */
abstract class JobColumns {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  status!: string;

  @Column('integer')
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column('uuid', { name: 'lease_token', nullable: true })
  leaseToken!: string | null;

  @Column('timestamptz', { name: 'lease_expires_at', nullable: true })
  leaseExpiresAt!: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** A portability in: looked up by proposal, contract or NU; the rest of its state is `detail`. */
@Entity({ name: 'portability_in' })
export class PortabilityInRow extends JobColumns {
  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId!: string | null;

  @Column('uuid', { name: 'contract_id', nullable: true })
  contractId!: string | null;

  @Column('text', { name: 'portability_number', nullable: true })
  portabilityNumber!: string | null;

  /** Sealed (`portability_in.cpf`), only until the exchange registered the request. */
  @Column('text', { nullable: true })
  cpf!: string | null;

  @Column('jsonb')
  detail!: Record<string, unknown>;

  /** The trace context of the transaction that created the job (JobTraceContext migration); set once, on insert. */
  @Column({ type: 'jsonb', name: 'trace_context', nullable: true, update: false })
  traceContext?: Record<string, string> | null;
}

/** A portability out: looked up by NU or contract; the rest of its state is `detail`. */
@Entity({ name: 'portability_out' })
export class PortabilityOutRow extends JobColumns {
  @Column('text', { name: 'portability_number' })
  portabilityNumber!: string;

  @Column('uuid', { name: 'contract_id', nullable: true })
  contractId!: string | null;

  @Column('jsonb')
  detail!: Record<string, unknown>;

  /** The trace context of the transaction that created the job (JobTraceContext migration); set once, on insert. */
  @Column({ type: 'jsonb', name: 'trace_context', nullable: true, update: false })
  traceContext?: Record<string, string> | null;
}

/** Where we are in the exchange's message feed (one row), leased by the instance reading it. */
@Entity({ name: 'ctc_feed_cursor' })
export class FeedCursorRow {
  @PrimaryColumn('text')
  id!: string;

  /** bigint: read back as text. */
  @Column('bigint')
  position!: string;

  /** Reads failed in a row (backoff). */
  @Column('integer')
  failures!: number;

  @Column('timestamptz', { name: 'next_read_at' })
  nextReadAt!: Date;

  @Column('uuid', { name: 'lease_token', nullable: true })
  leaseToken!: string | null;

  @Column('timestamptz', { name: 'lease_expires_at', nullable: true })
  leaseExpiresAt!: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

/** Every feed message handled, once per NU and status (the feed repeats): dedupe, audit, and replay for a NU learnt late. */
@Entity({ name: 'ctc_feed_message' })
export class FeedMessageRow {
  @PrimaryColumn('text', { name: 'portability_number' })
  portabilityNumber!: string;

  @PrimaryColumn('text')
  status!: string;

  @Column('text')
  role!: string;

  @Column('bigint')
  cursor!: string;

  /** The portability after the move, without the CPF (JSON null when the exchange's did not parse). */
  @Column('jsonb')
  snapshot!: Record<string, unknown> | null;

  /** Why the message was skipped (malformed, or not appliable): for an operator. */
  @Column('text', { nullable: true })
  problem!: string | null;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;
}
