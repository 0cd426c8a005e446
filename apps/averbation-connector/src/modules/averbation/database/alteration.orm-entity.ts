import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AlterationRequest } from '../domain/alteration-plan';

/** The latest plan of a deduction and the job of its "Alterar contrato" call (one row per averbation). */
@Entity({ name: 'averbation_alteration' })
export class AlterationRow {
  /** The averbation's id. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('text')
  protocol!: string;

  /** Sealed (`averbation_alteration.benefit_number`); null once the customer's data was erased. */
  @Column('text', { name: 'benefit_number', nullable: true })
  benefitNumber!: string | null;

  /** numeric: read back as a decimal string, never a float. */
  @Column('numeric', { name: 'installment_amount', precision: 17, scale: 2 })
  installmentAmount!: string;

  @Column('integer', { name: 'remaining_installments' })
  remainingInstallments!: number;

  @Column('date', { name: 'effective_date' })
  effectiveDate!: string;

  @Column('timestamptz', { name: 'amended_at' })
  amendedAt!: Date;

  @Column('uuid', { name: 'payment_id' })
  paymentId!: string;

  @Column('integer')
  revision!: number;

  /** ContractAmended (R-LN-5) or a RENEGOTIATION contract's ContractActivated (R-LN-8): its type is the plan's reason. */
  @Column('jsonb')
  request!: AlterationRequest;

  @Column('text')
  status!: string;

  @Column('integer')
  attempts!: number;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column('timestamptz', { name: 'applied_at', nullable: true })
  appliedAt!: Date | null;

  @Column('text', { name: 'last_error_code', nullable: true })
  lastErrorCode!: string | null;

  @Column('text', { name: 'last_error_message', nullable: true })
  lastErrorMessage!: string | null;

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
