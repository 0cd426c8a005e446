import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Billing } from '../../domain/billing';
import { BILLING_STATUSES } from '../../domain/billing-status';
import type { PayrollDeduction } from '../../domain/payroll-deduction';

export class BillingInstallmentView {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: '2026-04-10' }) dueDate!: string;
  @ApiProperty({ example: '231.24', description: 'Amount to collect, decimal string' }) amount!: string;
  @ApiProperty({ enum: ['PENDING', 'CLOSED'] }) status!: string;
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
  @ApiPropertyOptional({ type: PayrollDeductionView, nullable: true, description: 'Present for INSS consignado once Dataprev registered it' })
  payrollDeduction!: PayrollDeductionView | null;
  @ApiProperty({ type: [BillingInstallmentView] }) installments!: BillingInstallmentView[];
}

export function toBillingView(billing: Billing, deduction: PayrollDeduction | undefined): BillingView {
  const b = billing.snapshot;
  return {
    contractId: b.contractId,
    customerId: b.customerId,
    status: b.status,
    activatedAt: b.activatedAt?.toISOString() ?? null,
    closedAt: b.closedAt?.toISOString() ?? null,
    payrollDeduction: deduction
      ? { protocol: deduction.protocol, installmentAmount: deduction.installmentAmount, firstDueDate: deduction.firstDueDate, registeredAt: deduction.registeredAt.toISOString() }
      : null,
    installments: b.installments.map((i) => ({ number: i.number, dueDate: i.dueDate.toString(), amount: i.amount.toString(), status: i.status })),
  };
}
