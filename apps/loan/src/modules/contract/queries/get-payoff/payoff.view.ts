import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SettlementQuote } from '../../domain/contract';

/** An overdue installment in a consolidated debt: its late charges to the date (R-LN-3). */
export class OverdueInstallmentView {
  @ApiProperty({ example: 1 }) number!: number;
  @ApiProperty({ example: '2026-05-10' }) dueDate!: string;
  @ApiProperty({ example: '346.75' }) installment!: string;
  @ApiProperty({ example: 10 }) daysLate!: number;
  @ApiProperty({ example: '6.94' }) fine!: string;
  @ApiProperty({ example: '1.14' }) mora!: string;
  @ApiProperty({ example: '354.83', description: 'installment + fine + mora' }) total!: string;
}

/**
 * Settlement quote (R-LN-4, docs/life-cycle.md): PAYOFF — balance + pro-rata interest, future
 * interest not charged, installments paid ahead discounted; CONSOLIDATED_DEBT when rows are
 * overdue — each with its charges, plus the payoff of the rest. `amount` is what a settlement on
 * the date must pay. Examples: the 96 × 231.24 INSS contract with 1..2 paid, on 2026-05-25.
 */
export class PayoffView {
  @ApiProperty() contractId!: string;
  @ApiProperty({ example: '2026-05-25' }) date!: string;
  @ApiProperty({ enum: ['PAYOFF', 'CONSOLIDATED_DEBT'] }) kind!: string;
  @ApiProperty({ example: '10362.63', description: 'What settles the contract on date: payoff, or total for CONSOLIDATED_DEBT' }) amount!: string;
  @ApiProperty({ example: 2, description: 'Installments paid, in any order' }) paidInstallments!: number;
  @ApiProperty({ example: '10268.09', description: 'Principal owed at the anchor (after the last paid, or last overdue, row)' }) balance!: string;
  @ApiProperty({ example: '94.54', description: 'Pro-rata interest on balance from the anchor to date' }) interest!: string;
  @ApiProperty({ example: '0.00', description: 'Present value on date of installments paid ahead' }) prepaidDiscount!: string;
  @ApiProperty({ example: '10362.63', description: 'balance + interest − prepaidDiscount (for CONSOLIDATED_DEBT: the payoff of the rows after the overdue ones)' }) payoff!: string;
  @ApiProperty({ example: '21736.06', description: 'Sum of every unpaid installment (what settling saves against)' }) remainingUndiscounted!: string;
  @ApiPropertyOptional({ type: [OverdueInstallmentView], description: 'CONSOLIDATED_DEBT only' }) overdue?: OverdueInstallmentView[];
  @ApiPropertyOptional({ example: '346.75', description: 'CONSOLIDATED_DEBT: Σ overdue installments' }) overdueAmount?: string;
  @ApiPropertyOptional({ example: '6.94', description: 'CONSOLIDATED_DEBT: Σ fines' }) fine?: string;
  @ApiPropertyOptional({ example: '1.14', description: 'CONSOLIDATED_DEBT: Σ mora' }) mora?: string;
  @ApiPropertyOptional({ example: '1032.54', description: 'CONSOLIDATED_DEBT: overdueAmount + fine + mora + payoff' }) total?: string;
}

export function toPayoffView(contractId: string, q: SettlementQuote): PayoffView {
  const { balance, interest, prepaidDiscount, payoff } = q.rest;
  const view: PayoffView = {
    contractId, date: q.date.toString(), kind: q.kind, amount: q.amount.toString(), paidInstallments: q.paidInstallments, balance: balance.toString(),
    interest: interest.toString(), prepaidDiscount: prepaidDiscount.toString(), payoff: payoff.toString(), remainingUndiscounted: q.remainingUndiscounted.toString(),
  };
  if (q.kind === 'PAYOFF') return view;
  const overdue = q.overdue.map((r) => ({
    number: r.number, dueDate: r.dueDate.toString(), installment: r.installment.toString(), daysLate: r.daysLate, fine: r.fine.toString(), mora: r.mora.toString(), total: r.total.toString(),
  }));
  return { ...view, overdue, overdueAmount: q.overdueAmount.toString(), fine: q.fine.toString(), mora: q.mora.toString(), total: q.amount.toString() };
}
