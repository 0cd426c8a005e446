import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Disbursement } from '../../domain/disbursement';
import { accountOutline } from '../../domain/payout-account';

class AccountOutlineView {
  @ApiProperty({ enum: ['PIX_KEY', 'BANK_ACCOUNT'] }) kind!: string;
  @ApiPropertyOptional({ example: '60746948' }) ispb?: string;
  @ApiPropertyOptional({ example: '1234' }) branch?: string;
  @ApiPropertyOptional({ enum: ['CACC', 'SVGS', 'TRAN'] }) accountType?: string;
}

class DisbursementFailureView {
  @ApiProperty({ example: 'RAIL.HOLDER_MISMATCH' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty() failedAt!: string;
}

/** A release of funds as the connector follows it (for operators): never the PIX key, account number or CPF. */
export class DisbursementView {
  @ApiProperty({ description: 'O disbursementId do payment (o transferId no arranjo)' }) disbursementId!: string;
  @ApiProperty() contractId!: string;
  @ApiProperty() customerId!: string;
  @ApiProperty({ enum: ['LOAN_RELEASE', 'CREDIT_REFUND'] }) purpose!: string;
  @ApiProperty({ example: '10000.00' }) amount!: string;
  @ApiPropertyOptional({ type: AccountOutlineView, description: 'Só o tipo e, de uma conta, banco, agência e tipo (ausente depois da eliminação dos dados do cliente)' }) account?: AccountOutlineView;
  @ApiProperty({ enum: ['FILING', 'PENDING', 'CHECKING', 'RELEASED', 'FAILED'] }) status!: string;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ description: 'Envios ao arranjo feitos (respondidos ou não)' }) filings!: number;
  @ApiPropertyOptional({ enum: ['PENDING', 'SETTLED', 'REJECTED'], description: 'O último status visto no arranjo' }) railStatus?: string;
  @ApiPropertyOptional() endToEndId?: string;
  @ApiPropertyOptional() releasedAt?: string;
  @ApiPropertyOptional({ type: DisbursementFailureView }) failure?: DisbursementFailureView;
  @ApiProperty({ description: 'Chamadas ao arranjo que falharam em seguida' }) attempts!: number;
  @ApiPropertyOptional() nextAttemptAt?: string;
  @ApiPropertyOptional() lastError?: { code: string; message: string };

  static from(disbursement: Disbursement): DisbursementView {
    const s = disbursement.snapshot;
    return {
      disbursementId: s.id, contractId: s.contractId, customerId: s.customerId, purpose: s.purpose, amount: s.amount, ...(s.account ? { account: accountOutline(s.account) } : {}),
      status: s.status, requestedAt: s.requestedAt, filings: s.filings, railStatus: s.railStatus, endToEndId: s.endToEndId, releasedAt: s.releasedAt, failure: s.failure,
      attempts: s.attempts, nextAttemptAt: disbursement.dueStep ? s.nextAttemptAt.toISOString() : undefined, lastError: s.lastError,
    };
  }
}
