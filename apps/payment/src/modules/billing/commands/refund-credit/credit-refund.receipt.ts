import { ApiProperty } from '@nestjs/swagger';
import type { Disbursement } from '../../../disbursement/domain/disbursement';
import type { Billing } from '../../domain/billing';
import { CreditRefundView, creditRefundView } from '../../queries/get-installments/credit.view';

export const REFUND_REQUESTED = 'Reembolso do crédito solicitado: o valor será transferido para a sua conta cadastrada.';

/** Answer to POST /v1/contracts/{contractId}/credit/refund. */
export class CreditRefundReceipt {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ example: '0.00', description: 'The credit left after the refund' }) creditBalance!: string;
  @ApiProperty({ type: CreditRefundView }) refund!: CreditRefundView;
  @ApiProperty({ example: REFUND_REQUESTED }) message!: string;
}

export function refundReceiptOf(billing: Billing, refund: Disbursement): CreditRefundReceipt {
  return { contractId: billing.contractId, creditBalance: billing.snapshot.creditBalance.toString(), refund: creditRefundView(refund), message: REFUND_REQUESTED };
}
