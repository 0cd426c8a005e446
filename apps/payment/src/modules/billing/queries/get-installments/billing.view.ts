import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Billing, BillingInstallment } from '../../domain/billing';
import { BILLING_STATUSES } from '../../domain/billing-status';
import type { PayrollDeduction } from '../../domain/payroll-deduction';
import { CreditView } from './credit.view';
import { PlanView, planView, RefinancingHoldView } from './plan.view';

export class BillingInstallmentView {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: '2026-04-10' }) dueDate!: string;
  @ApiProperty({ example: '231.24', description: 'Amount to collect, decimal string (the plan in force: amended by an extraordinary amortization)' }) amount!: string;
  @ApiProperty({ enum: ['PENDING', 'PAID', 'SETTLED', 'CLOSED'], description: 'SETTLED: ended unpaid by a settlement of the whole contract; CLOSED: the contract was cancelled' }) status!: string;
  @ApiPropertyOptional({ nullable: true, example: '20.00', description: 'The row\'s interest (null when the position is unknown)' }) interest!: string | null;
  @ApiPropertyOptional({ nullable: true, example: '326.75', description: 'The row\'s amortization (may be negative on a long first period)' }) amortization!: string | null;
  @ApiPropertyOptional({ nullable: true, example: '673.25', description: 'Balance after the row' }) balance!: string | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-04-15', description: 'PAID: the payment date' }) paidDate!: string | null;
  @ApiPropertyOptional({ nullable: true, example: '236.70', description: 'PAID: amount + fine + mora' }) paidAmount!: string | null;
  @ApiPropertyOptional({ nullable: true, example: '4.62' }) fine!: string | null;
  @ApiPropertyOptional({ nullable: true, example: '0.84' }) mora!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'PAID: the payment (GET /v1/payments/{paymentId})' }) paymentId!: string | null;
}

export class PayrollDeductionView {
  @ApiProperty({ example: 'DTP-2026-000123456' }) protocol!: string;
  @ApiProperty({ example: '231.24' }) installmentAmount!: string;
  @ApiProperty({ example: '2026-04-10' }) firstDueDate!: string;
  @ApiProperty() registeredAt!: string;
}

/** What payment bills for a contract. */
export class BillingBlockView {
  @ApiProperty({ enum: ['JUDICIAL_ORDER', 'FRAUD_SUSPECTED', 'DEATH'] }) reason!: string;
  @ApiProperty() since!: string;
}

export class BillingView {
  @ApiProperty() contractId!: string;
  @ApiProperty() customerId!: string;
  @ApiProperty({ enum: BILLING_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true }) activatedAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) closedAt!: string | null;
  @ApiProperty({ example: '0.00', description: 'The customer\'s refundable credit: overpayments, payoff excesses and the credit-life premium refund' }) creditBalance!: string;
  @ApiPropertyOptional({ nullable: true, example: '123.45', description: 'The unexpired credit-life premium loan owed back when the contract ended early (ContractSettled), included in creditBalance' })
  insurancePremiumRefund!: string | null;
  @ApiPropertyOptional({ type: PlanView, nullable: true, description: 'The plan in force; null when the position is unknown (billed before it was kept): balance operations are refused' })
  plan!: PlanView | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'The payment that settled the whole contract (early settlement, refinancing, portability out, insurance claim)' })
  settledByPaymentId!: string | null;
  @ApiPropertyOptional({ type: RefinancingHoldView, nullable: true, description: 'A refinancing of this contract is pending: early settlement and amortization are refused' })
  refinancingHold!: RefinancingHoldView | null;
  @ApiPropertyOptional({ type: PayrollDeductionView, nullable: true, description: 'Present for INSS consignado once Dataprev registered it' })
  payrollDeduction!: PayrollDeductionView | null;
  @ApiPropertyOptional({ type: BillingBlockView, nullable: true, description: 'Staff blocked the contract (ContractBlocked): manual payments are refused and no reminder is sent' })
  block!: BillingBlockView | null;
  @ApiProperty({ type: CreditView, description: 'The credit, its refunds through the rail and its applications to installments' }) credit!: CreditView;
  @ApiProperty({ type: [BillingInstallmentView] }) installments!: BillingInstallmentView[];
}

function installmentView(i: BillingInstallment): BillingInstallmentView {
  const p = i.payment;
  return {
    number: i.number,
    dueDate: i.dueDate.toString(),
    amount: i.amount.toString(),
    status: i.status,
    interest: i.split?.interest.toString() ?? null,
    amortization: i.split?.amortization.toString() ?? null,
    balance: i.split?.balance.toString() ?? null,
    paidDate: p?.paidDate.toString() ?? null,
    paidAmount: p?.paidAmount.toString() ?? null,
    fine: p?.fine.toString() ?? null,
    mora: p?.mora.toString() ?? null,
    paymentId: p?.paymentId ?? null,
  };
}

export function toBillingView(billing: Billing, deduction: PayrollDeduction | undefined, hold: RefinancingHoldView | undefined, credit: Omit<CreditView, 'balance'>): BillingView {
  const b = billing.snapshot;
  return {
    contractId: b.contractId,
    customerId: b.customerId,
    status: b.status,
    activatedAt: b.activatedAt?.toISOString() ?? null,
    closedAt: b.closedAt?.toISOString() ?? null,
    creditBalance: b.creditBalance.toString(),
    insurancePremiumRefund: b.insurancePremiumRefund?.toString() ?? null,
    plan: planView(b),
    settledByPaymentId: b.settledByPaymentId ?? null,
    refinancingHold: hold ?? null,
    payrollDeduction: deduction
      ? { protocol: deduction.protocol, installmentAmount: deduction.installmentAmount, firstDueDate: deduction.firstDueDate, registeredAt: deduction.registeredAt.toISOString() }
      : null,
    block: b.block ? { reason: b.block.reason, since: b.block.since.toISOString() } : null,
    credit: { balance: b.creditBalance.toString(), ...credit },
    installments: b.installments.map(installmentView),
  };
}
