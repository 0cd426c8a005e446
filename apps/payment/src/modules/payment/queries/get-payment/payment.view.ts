import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_PURPOSES, PAYMENT_SOURCES } from '@consignado/contracts';
import type { Payment } from '../../domain/payment';
import { AmortizationView, amortizationView, SettlementView, settlementView } from './life-cycle.view';

export class AllocationView {
  @ApiProperty({ example: 1 }) installmentNumber!: number;
  @ApiProperty({ example: '2025-09-01' }) dueDate!: string;
  @ApiProperty({ example: '305.96', description: 'The installment' }) amount!: string;
  @ApiProperty({ example: 10 }) daysLate!: number;
  @ApiProperty({ example: '6.12', description: 'Fine, 2% once when late' }) fine!: string;
  @ApiProperty({ example: '1.01', description: 'Mora, 0.033% a day late' }) mora!: string;
  @ApiProperty({ example: '313.09', description: 'amount + fine + mora' }) total!: string;
}

/** GET /v1/payments/{paymentId}: any payment — installments, settlement, amortization, payoff (refinancing, portability, insurance claim). */
export class PaymentView {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ enum: PAYMENT_SOURCES, description: 'INSURANCE: the credit-life insurer paying a death claim; RENEGOTIATION: a workout accepted (no money: the debt moved to the new contract)' }) source!: string;
  @ApiProperty({ enum: PAYMENT_PURPOSES }) purpose!: string;
  @ApiPropertyOptional({ nullable: true, example: 'FOLHA-2026-12-001' }) remittanceId!: string | null;
  @ApiProperty({ example: '2025-09-11' }) paymentDate!: string;
  @ApiProperty({ example: '2025-09-11T13:00:00.000Z' }) paidAt!: string;
  @ApiProperty({ example: '320.00' }) amount!: string;
  @ApiProperty({ type: [AllocationView] }) allocations!: AllocationView[];
  @ApiProperty({ example: '0.00', description: 'EARLY_SETTLEMENT: the settlement amount; EXTRA_AMORTIZATION: the amount' }) unallocated!: string;
  @ApiProperty({ example: '6.91' }) overpayment!: string;
  @ApiProperty({ enum: ['APPLIED', 'CREDITED'], description: 'CREDITED: a payoff for a contract already ended, all of it credited, no PaymentReceived' }) effect!: string;
  @ApiPropertyOptional({ type: SettlementView, nullable: true }) settlement!: SettlementView | null;
  @ApiPropertyOptional({ type: AmortizationView, nullable: true }) amortization!: AmortizationView | null;
}

export function allocationsOf(payment: Payment): AllocationView[] {
  return payment.allocations.map((a) => ({
    installmentNumber: a.installmentNumber,
    dueDate: a.dueDate.toString(),
    amount: a.amount.toString(),
    daysLate: a.daysLate,
    fine: a.fine.toString(),
    mora: a.mora.toString(),
    total: a.total.toString(),
  }));
}

export function paymentViewOf(payment: Payment): PaymentView {
  const { paymentId, customerId, contractId, source, purpose, effect } = payment;
  return {
    paymentId,
    customerId,
    contractId,
    source,
    purpose,
    remittanceId: payment.remittanceId ?? null,
    paymentDate: payment.paymentDate.toString(),
    paidAt: payment.paidAt.toISOString(),
    amount: payment.amount.toString(),
    allocations: allocationsOf(payment),
    unallocated: payment.unallocated.toString(),
    overpayment: payment.overpayment.toString(),
    effect,
    settlement: settlementView(payment) ?? null,
    amortization: amortizationView(payment) ?? null,
  };
}
