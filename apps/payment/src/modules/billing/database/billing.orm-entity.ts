import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A billing; the plan columns are all null when its position is unknown (billed before they existed). */
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

  /** The customer's refundable credit from overpayments (decimal string). */
  @Column('numeric', { name: 'credit_balance', precision: 17, scale: 2 })
  creditBalance!: string;

  /** The credit-life premium refund ContractSettled credited (already in credit_balance); null until one came. */
  @Column('numeric', { name: 'insurance_premium_refund', precision: 17, scale: 2, nullable: true })
  insurancePremiumRefund!: string | null;

  /** INSS_CONSIGNADO | SERVIDOR_CONSIGNADO | PERSONAL from ContractActivated; null on billings opened before it was kept (or closed before activation). */
  @Column('text', { nullable: true })
  product!: string | null;

  /** The contract rate, a monthly fraction as text ("0.0166"). */
  @Column('numeric', { name: 'monthly_rate', nullable: true })
  monthlyRate!: string | null;

  @Column('date', { name: 'plan_start_date', nullable: true })
  planStartDate!: string | null;

  @Column('numeric', { name: 'plan_start_balance', precision: 17, scale: 2, nullable: true })
  planStartBalance!: string | null;

  @Column('integer', { name: 'plan_after_installment', nullable: true })
  planAfterInstallment!: number | null;

  @Column('numeric', { name: 'plan_installment', precision: 17, scale: 2, nullable: true })
  planInstallment!: string | null;

  /** The EXTRA_AMORTIZATION payment that put the plan in force; null for the booked schedule. */
  @Column('uuid', { name: 'plan_payment_id', nullable: true })
  planPaymentId!: string | null;

  @Column('uuid', { name: 'settled_by_payment_id', nullable: true })
  settledByPaymentId!: string | null;

  /** JUDICIAL_ORDER | FRAUD_SUSPECTED | DEATH while the contract is blocked (R-LN-8); null otherwise, with block_since. */
  @Column('text', { name: 'block_reason', nullable: true })
  blockReason!: string | null;

  @Column('timestamptz', { name: 'block_since', nullable: true })
  blockSince!: Date | null;

  /** The contract revision of the last ContractBlocked / ContractUnblocked applied (kept after an unblock). */
  @Column('integer', { name: 'block_revision', nullable: true })
  blockRevision!: number | null;
}
