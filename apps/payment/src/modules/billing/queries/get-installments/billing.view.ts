import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Billing, BillingInstallment } from '../../domain/billing';
import { BILLING_STATUSES } from '../../domain/billing-status';
import type { PayrollDeduction } from '../../domain/payroll-deduction';

export class BillingInstallmentView {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: '2026-04-10' }) dueDate!: string;
  @ApiProperty({ example: '231.24', description: 'Amount to collect, decimal string' }) amount!: string;
  @ApiProperty({ enum: ['PENDING', 'PAID', 'CLOSED'] }) status!: string;
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
export class BillingView {
  @ApiProperty() contractId!: string;
  @ApiProperty() customerId!: string;
  @ApiProperty({ enum: BILLING_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true }) activatedAt!: string | null;
  @ApiPropertyOptional({ nullable: true }) closedAt!: string | null;
  @ApiProperty({ example: '0.00', description: 'The customer\'s refundable credit from overpayments' }) creditBalance!: string;
  @ApiPropertyOptional({ type: PayrollDeductionView, nullable: true, description: 'Present for INSS consignado once Dataprev registered it' })
  payrollDeduction!: PayrollDeductionView | null;
  @ApiProperty({ type: [BillingInstallmentView] }) installments!: BillingInstallmentView[];
}

function installmentView(i: BillingInstallment): BillingInstallmentView {
  const p = i.payment;
  return {
    number: i.number,
    dueDate: i.dueDate.toString(),
    amount: i.amount.toString(),
    status: i.status,
    paidDate: p?.paidDate.toString() ?? null,
    paidAmount: p?.paidAmount.toString() ?? null,
    fine: p?.fine.toString() ?? null,
    mora: p?.mora.toString() ?? null,
    paymentId: p?.paymentId ?? null,
  };
}

export function toBillingView(billing: Billing, deduction: PayrollDeduction | undefined): BillingView {
  const b = billing.snapshot;
  return {
    contractId: b.contractId,
    customerId: b.customerId,
    status: b.status,
    activatedAt: b.activatedAt?.toISOString() ?? null,
    closedAt: b.closedAt?.toISOString() ?? null,
    creditBalance: b.creditBalance.toString(),
    payrollDeduction: deduction
      ? { protocol: deduction.protocol, installmentAmount: deduction.installmentAmount, firstDueDate: deduction.firstDueDate, registeredAt: deduction.registeredAt.toISOString() }
      : null,
    installments: b.installments.map(installmentView),
  };
}
