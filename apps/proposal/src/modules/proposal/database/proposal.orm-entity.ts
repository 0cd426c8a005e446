import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The proposal aggregate's row; nested records (terms, decision…) as JSONB, money as numeric. */
@Entity({ name: 'proposal' })
export class ProposalRow {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('text')
  channel!: string;

  @Column('uuid', { name: 'partner_id', nullable: true })
  partnerId!: string | null;

  @Column('text', { name: 'operator_id', nullable: true })
  operatorId!: string | null;

  @Column('text')
  product!: string;

  @Column('text', { name: 'operation_type' })
  operationType!: string;

  /** "0.00" for a PORTABILITY, which asks for no amount (ProposalCreated carries the same). */
  @Column('numeric', { name: 'requested_amount', precision: 15, scale: 2 })
  requestedAmount!: string;

  @Column('int', { name: 'term_months' })
  termMonths!: number;

  @Column('text', { name: 'monthly_rate', nullable: true })
  monthlyRate!: string | null;

  @Column('boolean', { name: 'with_insurance' })
  withInsurance!: boolean;

  @Column('date', { name: 'contract_date' })
  contractDate!: string;

  @Column('date', { name: 'first_due_date' })
  firstDueDate!: string;

  @Column('boolean', { name: 'benefit_paid_by_own_bank', nullable: true })
  benefitPaidByOwnBank!: boolean | null;

  @Column('uuid', { name: 'refinanced_contract_id', nullable: true })
  refinancedContractId!: string | null;

  @Column('jsonb', { nullable: true })
  portability!: object | null;

  /** The credit offer it was made from (credit_offer.offer_id), if any. */
  @Column('uuid', { name: 'offer_id', nullable: true })
  offerId!: string | null;

  @Column('text')
  state!: string;

  @Column('uuid', { name: 'correlation_id' })
  correlationId!: string;

  @Column('text', { name: 'document_kinds', array: true })
  documentKinds!: string[];

  @Column('jsonb', { nullable: true })
  terms!: object | null;

  /**
   * Sealed (R-SEC-3): the decision's reasons quote income-derived figures (a servant's margin is a
   * share of the net income, a personal loan's capacity income less expenses), so the whole JSON is
   * stored as one sealed JSON string.
   */
  @Column('jsonb', { nullable: true })
  decision!: string | null;

  @Column('uuid', { name: 'contract_id', nullable: true })
  contractId!: string | null;

  @Column('timestamptz', { name: 'activated_at', nullable: true })
  activatedAt!: Date | null;

  @Column('numeric', { name: 'commission_percent', precision: 5, scale: 2, nullable: true })
  commissionPercent!: string | null;

  @Column('numeric', { name: 'commission_base', precision: 15, scale: 2, nullable: true })
  commissionBase!: string | null;

  @Column('numeric', { name: 'commission_amount', precision: 15, scale: 2, nullable: true })
  commissionAmount!: string | null;

  /** Set when the right of regret reversed the commission (status REVERSED); null: EARNED. */
  @Column('timestamptz', { name: 'commission_reversed_at', nullable: true })
  commissionReversedAt!: Date | null;

  @Column('text', { name: 'commission_reversal_reason', nullable: true })
  commissionReversalReason!: string | null;

  @Column('jsonb', { nullable: true })
  cancellation!: object | null;

  @Column('jsonb', { name: 'averbation_failure', nullable: true })
  averbationFailure!: object | null;

  @Column('jsonb', { nullable: true })
  refinancing!: object | null;

  @Column('jsonb', { name: 'portability_progress', nullable: true })
  portabilityProgress!: object | null;

  @Column('jsonb', { name: 'contract_cancellation', nullable: true })
  contractCancellation!: object | null;

  /** The contract issued for acceptance, its deadline and the acceptance once taken (R-LN-9). */
  @Column('jsonb', { nullable: true })
  formalization!: object | null;

  /** formalization.acceptBy while the contract waits for acceptance, else null: what the expiry job reads (partial index). */
  @Column('timestamptz', { name: 'acceptance_due_at', nullable: true })
  acceptanceDueAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;
}
