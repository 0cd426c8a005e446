import type { WorkoutTerms } from '@consignado/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One allocation as stored: decimal strings, never JS numbers. */
export interface AllocationRecord {
  installmentNumber: number;
  dueDate: string;
  amount: string;
  daysLate: number;
  fine: string;
  mora: string;
  total: string;
}

/** What a settling payment computed, or the plan an amortization put in force (decimal strings). */
export interface PaymentDetailsRecord {
  settled?: { kind: string; amount: string; installments: number[]; remainingUndiscounted: string };
  amortization?: {
    mode: string;
    interestSettled: string;
    balance: string;
    previousInstallment: string;
    installment: string;
    remainingInstallments: number;
    rows: Array<{ number: number; dueDate: string; amount: string }>;
  };
}

/** The settlement instruction as PaymentReceived carries it. */
export interface SettlementRecord {
  reason: string;
  replacedByContractId?: string;
  /** RENEGOTIATED: the workout accepted, as the wire carries it (decimal strings). */
  renegotiation?: WorkoutTerms;
  portabilityNumber?: string;
  claimId?: string;
}

@Entity({ name: 'payment' })
export class PaymentRow {
  @PrimaryColumn('uuid', { name: 'payment_id' })
  paymentId!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('uuid', { name: 'contract_id' })
  contractId!: string;

  @Column('text')
  source!: string;

  @Column('text')
  purpose!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  amount!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  unallocated!: string;

  @Column('numeric', { precision: 17, scale: 2 })
  overpayment!: string;

  @Column('date', { name: 'payment_date' })
  paymentDate!: string;

  @Column('timestamptz', { name: 'paid_at' })
  paidAt!: Date;

  @Column('jsonb')
  allocations!: AllocationRecord[];

  @Column('text', { name: 'late_charge_parameters', nullable: true })
  lateChargeParameters!: string | null;

  @Column('text', { name: 'remittance_id', nullable: true })
  remittanceId!: string | null;

  @Column('jsonb', { nullable: true })
  settlement!: SettlementRecord | null;

  @Column('jsonb', { nullable: true })
  details!: PaymentDetailsRecord | null;

  /** APPLIED, or CREDITED (a payoff for a contract already ended: all credit, no event). */
  @Column('text')
  effect!: string;
}
