import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PAYMENT_PURPOSES } from '@consignado/contracts';
import type { Payment } from '../../domain/payment';
import { AmortizationView, amortizationView, SettlementView, settlementView } from '../../queries/get-payment/life-cycle.view';
import { allocationsOf, AllocationView } from '../../queries/get-payment/payment.view';

export const PAYMENT_RECORDED = 'Pagamento da parcela registrado com sucesso.';
export const SETTLEMENT_RECORDED = 'Quitação antecipada registrada com sucesso: o contrato está liquidado.';
export const AMORTIZATION_RECORDED = 'Amortização extraordinária registrada com sucesso.';

const MESSAGES = { INSTALLMENT: PAYMENT_RECORDED, EARLY_SETTLEMENT: SETTLEMENT_RECORDED, EXTRA_AMORTIZATION: AMORTIZATION_RECORDED } as const;

/** Answer to POST /v1/payments (seed 002 §8.3, in the product's field names). */
export class PaymentReceiptView {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ enum: PAYMENT_PURPOSES }) purpose!: string;
  @ApiProperty({ example: '2025-09-11' }) paymentDate!: string;
  @ApiProperty({ example: '320.00' }) amount!: string;
  @ApiProperty({ type: [AllocationView], description: 'INSTALLMENT: each installment with its charges; empty otherwise' }) allocations!: AllocationView[];
  @ApiProperty({ example: '6.91', description: 'Paid beyond what was owed: credited to the customer' }) overpayment!: string;
  @ApiPropertyOptional({ type: SettlementView, description: 'EARLY_SETTLEMENT: what was settled' }) settlement?: SettlementView;
  @ApiPropertyOptional({ type: AmortizationView, description: 'EXTRA_AMORTIZATION: the new plan' }) amortization?: AmortizationView;
  @ApiProperty({ example: PAYMENT_RECORDED }) message!: string;
}

export function receiptOf(payment: Payment): PaymentReceiptView {
  const { paymentId, customerId, contractId, purpose } = payment;
  const settlement = settlementView(payment);
  const amortization = amortizationView(payment);
  return {
    paymentId,
    customerId,
    contractId,
    purpose,
    paymentDate: payment.paymentDate.toString(),
    amount: payment.amount.toString(),
    allocations: allocationsOf(payment),
    overpayment: payment.overpayment.toString(),
    ...(settlement ? { settlement } : {}),
    ...(amortization ? { amortization } : {}),
    message: MESSAGES[purpose],
  };
}
