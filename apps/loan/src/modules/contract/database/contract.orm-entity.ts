import type { StoredPolicy } from './policy.mapper';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PortabilityTerms, RefinancingTerms, RenegotiationOrigin } from '@consignado/contracts';

/** Averbação failures as stored (jsonb): what the connector reported, newest last. */
export interface AverbationFailureColumn {
  code: string;
  message: string;
  retryable: boolean;
  attempts: number;
  at: string;
}

@Entity({ name: 'contract' })
export class ContractRow {
  @PrimaryColumn('uuid')
  id!: string;

  /** One contract per proposal, but a RENEGOTIATION contract keeps the proposal of the contract it replaced. */
  @Column('uuid', { name: 'proposal_id' })
  proposalId!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('text')
  product!: string;

  @Column('text', { name: 'operation_type' })
  operationType!: string;

  @Column('text')
  channel!: string;

  @Column('text', { name: 'benefit_number', nullable: true })
  benefitNumber!: string | null;

  @Column('uuid', { name: 'refinanced_contract_id', nullable: true })
  refinancedContractId!: string | null;

  @Column('text', { name: 'parameter_version' })
  parameterVersion!: string;

  // Money and percents are numeric in PostgreSQL and strings here: never JS numbers.
  @Column('numeric', { name: 'released_amount', precision: 17, scale: 2 })
  releasedAmount!: string;

  @Column('numeric', { name: 'financed_amount', precision: 17, scale: 2 })
  financedAmount!: string;

  @Column('text', { name: 'monthly_rate' })
  monthlyRate!: string;

  @Column('integer', { name: 'term_months' })
  termMonths!: number;

  @Column('numeric', { name: 'installment_amount', precision: 17, scale: 2 })
  installmentAmount!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  iof!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  insurance!: string;

  @Column('numeric', { name: 'total_payable', precision: 17, scale: 2 })
  totalPayable!: string;

  @Column('numeric', { name: 'cet_monthly_percent', precision: 9, scale: 2 })
  cetMonthlyPercent!: string;

  @Column('numeric', { name: 'cet_annual_percent', precision: 9, scale: 2 })
  cetAnnualPercent!: string;

  @Column('date', { name: 'contract_date' })
  contractDate!: string;

  @Column('date', { name: 'first_due_date' })
  firstDueDate!: string;

  @Column('text')
  status!: string;

  @Column('text', { name: 'averbation_protocol', nullable: true })
  averbationProtocol!: string | null;

  @Column('uuid', { name: 'averbation_id', nullable: true })
  averbationId!: string | null;

  @Column('timestamptz', { name: 'averbation_registered_at', nullable: true })
  averbationRegisteredAt!: Date | null;

  @Column('jsonb', { name: 'averbation_failures', default: () => `'[]'` })
  averbationFailures!: AverbationFailureColumn[];

  @Column('timestamptz', { name: 'booked_at' })
  bookedAt!: Date;

  @Column('timestamptz', { name: 'activated_at', nullable: true })
  activatedAt!: Date | null;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { name: 'cancellation_reason', nullable: true })
  cancellationReason!: string | null;

  @Column('timestamptz', { name: 'settled_at', nullable: true })
  settledAt!: Date | null;

  @Column('text', { name: 'cancellation_message', nullable: true })
  cancellationMessage!: string | null;

  // The plan in force (booked schedule, or the plan after an extra amortization).
  @Column('date', { name: 'plan_start_date' })
  planStartDate!: string;

  @Column('numeric', { name: 'plan_start_balance', precision: 17, scale: 2 })
  planStartBalance!: string;

  @Column('integer', { name: 'plan_after_installment' })
  planAfterInstallment!: number;

  @Column('numeric', { name: 'current_installment_amount', precision: 17, scale: 2 })
  currentInstallmentAmount!: string;

  @Column('integer', { name: 'current_term_months' })
  currentTermMonths!: number;

  @Column('integer')
  revision!: number;

  @Column('jsonb', { nullable: true })
  refinancing!: RefinancingTerms | null;

  @Column('jsonb', { nullable: true })
  portability!: PortabilityTerms | null;

  /** RENEGOTIATION: the contract replaced, the settling payment and the workout terms (no personal data). */
  @Column('jsonb', { nullable: true })
  renegotiation!: RenegotiationOrigin | null;

  @Column('text', { name: 'pending_averbation_cpf', nullable: true })
  pendingAverbationCpf!: string | null;

  @Column('uuid', { name: 'replaced_by_contract_id', nullable: true })
  replacedByContractId!: string | null;

  @Column('text', { name: 'settlement_reason', nullable: true })
  settlementReason!: string | null;

  @Column('date', { name: 'settlement_date', nullable: true })
  settlementDate!: string | null;

  @Column('uuid', { name: 'settlement_payment_id', nullable: true })
  settlementPaymentId!: string | null;

  @Column('numeric', { name: 'settlement_amount', precision: 17, scale: 2, nullable: true })
  settlementAmount!: string | null;

  @Column('numeric', { name: 'settlement_remaining_undiscounted', precision: 17, scale: 2, nullable: true })
  settlementRemainingUndiscounted!: string | null;

  @Column('text', { name: 'settlement_portability_number', nullable: true })
  settlementPortabilityNumber!: string | null;

  /** Staff blocks, sealed whole (block.mapper.ts); null when never blocked. */
  @Column('jsonb', { nullable: true })
  blocks!: string | null;

  /** The credit-life policy of an insured contract (policy.mapper.ts); null without insurance. */
  @Column('jsonb', { name: 'insurance_policy', nullable: true })
  insurancePolicy!: StoredPolicy | null;

  /** INSURANCE_CLAIM: the claim whose payment settled the contract. */
  @Column('uuid', { name: 'settlement_claim_id', nullable: true })
  settlementClaimId!: string | null;

  /** The CCB issued (R-LN-9): its SHA-256 and issue time (the bytes are in contract_document). */
  @Column('text', { name: 'document_hash', nullable: true })
  documentHash!: string | null;

  @Column('timestamptz', { name: 'document_issued_at', nullable: true })
  documentIssuedAt!: Date | null;

  /** The customer's acceptance of the CCB: the hash accepted, when, channel and who (a token subject). */
  @Column('text', { name: 'accepted_document_hash', nullable: true })
  acceptedDocumentHash!: string | null;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt!: Date | null;

  @Column('text', { name: 'acceptance_channel', nullable: true })
  acceptanceChannel!: string | null;

  @Column('text', { name: 'accepted_by', nullable: true })
  acceptedBy!: string | null;

  /** CORBAN: the partner that originated the contract, the one partner who may read its CCB. */
  @Column('text', { name: 'partner_id', nullable: true })
  partnerId!: string | null;
}
