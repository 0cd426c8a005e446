import { ApiProperty } from '@nestjs/swagger';
import type { PayoffStatement } from '../../domain/contract';

/**
 * Early-settlement quote (FINANCE.md "Payoff"; R-LN-4): with 1..k paid, finance's payoffQuote to the cent.
 * Examples: the 96 × 231.24 INSS contract with 1..2 paid, on 2026-05-25.
 */
export class PayoffView {
  @ApiProperty() contractId!: string;
  @ApiProperty({ example: '2026-05-25' }) date!: string;
  @ApiProperty({ example: 2, description: 'Installments paid (k when 1..k are paid)' }) paidInstallments!: number;
  @ApiProperty({ example: '10268.09', description: 'B_k: principal owed after the last contiguously paid installment' }) balance!: string;
  @ApiProperty({ example: '94.54', description: 'Pro-rata interest on B_k from due date k (or the contract date) to date' }) interest!: string;
  @ApiProperty({ example: '0.00', description: 'Present value on date of installments paid ahead (after k+1); 0.00 when 1..k are paid' }) prepaidDiscount!: string;
  @ApiProperty({ example: '10362.63', description: 'balance + interest − prepaidDiscount: what settles the contract on date' }) payoff!: string;
  @ApiProperty({ example: '21736.06', description: 'Sum of the unpaid installments (what settling saves against)' }) remainingUndiscounted!: string;
}

export function toPayoffView(contractId: string, p: PayoffStatement): PayoffView {
  return {
    contractId, date: p.date.toString(), paidInstallments: p.paidInstallments, balance: p.balance.toString(), interest: p.interest.toString(),
    prepaidDiscount: p.prepaidDiscount.toString(), payoff: p.payoff.toString(), remainingUndiscounted: p.remainingUndiscounted.toString(),
  };
}
