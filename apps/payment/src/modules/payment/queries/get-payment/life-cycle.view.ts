import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AMORTIZATION_MODES, SETTLEMENT_KINDS } from '@consignado/contracts';
import type { Payment } from '../../domain/payment';

/** What an EARLY_SETTLEMENT payment settled. */
export class SettlementView {
  @ApiProperty({ enum: SETTLEMENT_KINDS, description: 'EARLY_SETTLEMENT (the customer), REFINANCED, PORTED_OUT, INSURANCE_CLAIM (the credit-life insurer), RENEGOTIATED (a workout accepted)' }) reason!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'REFINANCED, RENEGOTIATED: the new contract' }) replacedByContractId?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'RENEGOTIATED: the workout accepted (libs/contracts WorkoutTerms: option, capacity, discount, term, installment, first due date, channel…)' })
  renegotiation?: Record<string, unknown>;
  @ApiPropertyOptional({ example: '202502110000000012345', description: 'PORTED_OUT: the exchange NU' }) portabilityNumber?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'INSURANCE_CLAIM: the claim the insurer paid (InsuranceClaimRequested)' }) claimId?: string;
  @ApiPropertyOptional({ enum: ['PAYOFF', 'CONSOLIDATED_DEBT'], nullable: true, description: 'PAYOFF, or CONSOLIDATED_DEBT when installments were overdue; null when CREDITED' }) kind!: string | null;
  @ApiPropertyOptional({ example: '686.72', nullable: true, description: 'The settlement amount on the payment date' }) settlementAmount!: string | null;
  @ApiProperty({ example: [2, 3], description: 'The installments the settlement ended (now SETTLED)' }) settledInstallments!: number[];
  @ApiPropertyOptional({ example: '693.52', nullable: true, description: 'Σ those installments: what running them out would have cost' }) remainingUndiscounted!: string | null;
}

/** The plan an EXTRA_AMORTIZATION put in force. */
export class AmortizationView {
  @ApiProperty({ enum: AMORTIZATION_MODES }) mode!: string;
  @ApiProperty({ example: '0.00', description: 'Interest to the date the amount paid first' }) interestSettled!: string;
  @ApiProperty({ example: '400.00', description: 'Balance after the amortization (B′)' }) balance!: string;
  @ApiProperty({ example: '346.75' }) previousInstallmentAmount!: string;
  @ApiProperty({ example: '206.16', description: 'The new installment (the last row may differ by rounding)' }) installmentAmount!: string;
  @ApiProperty({ example: 2 }) remainingInstallments!: number;
  @ApiProperty({ example: [{ number: 2, dueDate: '2026-06-10', amount: '206.16' }] }) installments!: Array<{ number: number; dueDate: string; amount: string }>;
}

export function settlementView(payment: Payment): SettlementView | undefined {
  const { settlement, settled } = payment;
  if (!settlement) return undefined;
  return {
    ...settlement,
    kind: settled?.kind ?? null,
    settlementAmount: settled?.amount.toString() ?? null,
    settledInstallments: settled ? [...settled.installments] : [],
    remainingUndiscounted: settled?.remainingUndiscounted.toString() ?? null,
  };
}

export function amortizationView(payment: Payment): AmortizationView | undefined {
  const a = payment.amortization;
  if (!a) return undefined;
  return {
    mode: a.mode,
    interestSettled: a.interestSettled.toString(),
    balance: a.balance.toString(),
    previousInstallmentAmount: a.previousInstallment.toString(),
    installmentAmount: a.installment.toString(),
    remainingInstallments: a.remainingInstallments,
    installments: a.rows.map((r) => ({ number: r.number, dueDate: r.dueDate.toString(), amount: r.amount.toString() })),
  };
}
