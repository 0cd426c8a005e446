import { ApiProperty } from '@nestjs/swagger';
import type { Payment } from '../../../payment/domain/payment';
import { allocationsOf, AllocationView } from '../../../payment/queries/get-payment/payment.view';
import type { Billing } from '../../domain/billing';

export const CREDIT_APPLIED = 'Crédito aplicado às parcelas em aberto.';

/** Answer to POST /v1/contracts/{contractId}/credit/apply: the payment made from the credit. */
export class CreditApplicationReceipt {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ format: 'uuid', description: 'GET /v1/payments/{paymentId}: source MANUAL, purpose INSTALLMENT (PaymentReceived has no CREDIT source)' }) paymentId!: string;
  @ApiProperty({ example: '2026-05-10' }) paymentDate!: string;
  @ApiProperty({ example: '231.24', description: 'What left the credit: the installments\' totals' }) amount!: string;
  @ApiProperty({ type: [Number], example: [3] }) installments!: number[];
  @ApiProperty({ type: [AllocationView] }) allocations!: AllocationView[];
  @ApiProperty({ example: '18.76', description: 'The credit left' }) creditBalance!: string;
  @ApiProperty({ example: CREDIT_APPLIED }) message!: string;
}

export function applicationReceiptOf(billing: Billing, payment: Payment): CreditApplicationReceipt {
  return {
    contractId: payment.contractId, paymentId: payment.paymentId, paymentDate: payment.paymentDate.toString(), amount: payment.amount.toString(),
    installments: payment.allocations.map((a) => a.installmentNumber), allocations: allocationsOf(payment), creditBalance: billing.snapshot.creditBalance.toString(), message: CREDIT_APPLIED,
  };
}
