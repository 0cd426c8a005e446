import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Disbursement } from '../../../disbursement/domain/disbursement';
import type { CreditApplicationRecord } from '../../database/credit-application.repository';

/** A refund of the credit through the rail (a CREDIT_REFUND disbursement). */
export class CreditRefundView {
  @ApiProperty({ format: 'uuid' }) refundId!: string;
  @ApiProperty({ example: '35.10' }) amount!: string;
  @ApiProperty({ enum: ['REQUESTED', 'RELEASED', 'FAILED'], description: 'FAILED: the amount went back to the credit' }) status!: string;
  @ApiProperty({ format: 'uuid', description: 'The transfer asked of the rail (FundsReleaseRequested.disbursementId)' }) disbursementId!: string;
  @ApiProperty() requestedAt!: string;
  @ApiPropertyOptional({ nullable: true }) endToEndId!: string | null;
  @ApiPropertyOptional({ nullable: true }) releasedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'RAIL.KEY_NOT_FOUND' }) failureCode!: string | null;
}

/** Credit applied to installments: a payment (GET /v1/payments/{paymentId}, source MANUAL) paid from the credit. */
export class CreditApplicationView {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ example: '231.24' }) amount!: string;
  @ApiProperty() appliedAt!: string;
  @ApiProperty({ type: [Number], example: [3] }) installments!: number[];
}

/** The customer's credit on the contract and what was done with it. */
export class CreditView {
  @ApiProperty({ example: '35.10', description: 'What is left: the same as creditBalance' }) balance!: string;
  @ApiProperty({ type: [CreditRefundView], description: 'Oldest first' }) refunds!: CreditRefundView[];
  @ApiProperty({ type: [CreditApplicationView], description: 'Oldest first' }) applications!: CreditApplicationView[];
}

export function creditRefundView(refund: Disbursement): CreditRefundView {
  const { id, amount, status, attempts } = refund.snapshot;
  const attempt = attempts[0];
  return {
    refundId: id, amount: amount?.toString() ?? '0.00', status, disbursementId: attempt?.disbursementId ?? '', requestedAt: (attempt?.requestedAt ?? refund.snapshot.createdAt).toISOString(),
    endToEndId: attempt?.endToEndId ?? null, releasedAt: attempt?.releasedAt?.toISOString() ?? null, failureCode: attempt?.failure?.code ?? null,
  };
}

export function creditApplicationView(a: CreditApplicationRecord): CreditApplicationView {
  return { paymentId: a.paymentId, amount: a.amount.toString(), appliedAt: a.appliedAt.toISOString(), installments: a.installments };
}
