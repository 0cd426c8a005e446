import { ApiProperty } from '@nestjs/swagger';
import type { Payment } from '../../domain/payment';
import { allocationsOf, AllocationView } from '../../queries/get-payment/payment.view';

export const PAYMENT_RECORDED = 'Pagamento da parcela registrado com sucesso.';

/** Answer to POST /v1/payments (seed 002 §8.3, in the product's field names). */
export class PaymentReceiptView {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ example: '2025-09-11' }) paymentDate!: string;
  @ApiProperty({ example: '320.00' }) amount!: string;
  @ApiProperty({ type: [AllocationView] }) allocations!: AllocationView[];
  @ApiProperty({ example: '6.91', description: 'Paid beyond the installments chosen: credited to the customer' }) overpayment!: string;
  @ApiProperty({ example: PAYMENT_RECORDED }) message!: string;
}

export function receiptOf(payment: Payment): PaymentReceiptView {
  const { paymentId, customerId, contractId } = payment;
  return {
    paymentId,
    customerId,
    contractId,
    paymentDate: payment.paymentDate.toString(),
    amount: payment.amount.toString(),
    allocations: allocationsOf(payment),
    overpayment: payment.overpayment.toString(),
    message: PAYMENT_RECORDED,
  };
}
