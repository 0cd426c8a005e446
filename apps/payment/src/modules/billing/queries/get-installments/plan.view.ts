import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BillingProps } from '../../domain/billing';

/** The plan in force: with the rows after `afterInstallment`, the contract's finance position. */
export class PlanView {
  @ApiProperty({ example: '0.02', description: 'The contract rate, a monthly fraction' }) monthlyRate!: string;
  @ApiProperty({ example: '2026-04-10', description: 'The contract date, or the last extraordinary amortization\'s date' }) startDate!: string;
  @ApiProperty({ example: '1000.00', description: 'The financed amount, or the balance after that amortization' }) startBalance!: string;
  @ApiProperty({ example: 0, description: 'Installments 1..afterInstallment belong to an earlier plan' }) afterInstallment!: number;
  @ApiProperty({ example: '346.75', description: 'The plan\'s installment (its last row may differ by rounding)' }) installmentAmount!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'The EXTRA_AMORTIZATION payment that put this plan in force' }) amortizationPaymentId!: string | null;
}

export class RefinancingHoldView {
  @ApiProperty({ format: 'uuid', description: 'The refinancing proposal' }) proposalId!: string;
  @ApiProperty() heldAt!: string;
}

export function planView(billing: Readonly<BillingProps>): PlanView | null {
  const plan = billing.plan;
  if (!plan) return null;
  return {
    monthlyRate: plan.rate.toString(),
    startDate: plan.start.date.toString(),
    startBalance: plan.start.balance.toString(),
    afterInstallment: plan.start.afterInstallment,
    installmentAmount: plan.installment.toString(),
    amortizationPaymentId: plan.paymentId ?? null,
  };
}
