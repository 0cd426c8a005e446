import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DisbursementAttempt } from '../../domain/disbursement-attempt';
import type { Disbursement } from '../../domain/disbursement';
import { maskAccount } from '../../domain/payout-account';
import { RegretReturnView } from './regret-return.view';

export class MaskedAccountView {
  @ApiProperty({ enum: ['PIX_KEY', 'BANK_ACCOUNT'] }) kind!: string;
  @ApiPropertyOptional({ nullable: true, example: 'c***@example.com', description: 'PIX e-mail key: first letter and domain; other keys and account numbers: last four ("****5678"); null once erased' }) masked!: string | null;
}

export class AttemptFailureView {
  @ApiProperty({ example: 'RAIL.HOLDER_MISMATCH' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ example: 1, description: 'How many times the rail tried' }) attempts!: number;
  @ApiProperty() failedAt!: string;
}

export class DisbursementAttemptView {
  @ApiProperty({ format: 'uuid', description: 'The end-to-end key the rail was asked with (FundsReleaseRequested)' }) disbursementId!: string;
  @ApiProperty({ enum: ['REQUESTED', 'RELEASED', 'FAILED'] }) status!: string;
  @ApiProperty({ example: '10000.00' }) amount!: string;
  @ApiProperty({ type: MaskedAccountView }) account!: MaskedAccountView;
  @ApiProperty() requestedAt!: string;
  @ApiPropertyOptional({ nullable: true, description: 'RELEASED: the PIX end-to-end id' }) endToEndId!: string | null;
  @ApiPropertyOptional({ nullable: true }) releasedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: AttemptFailureView }) failure!: AttemptFailureView | null;
}

/** The release of a contract's funds to its customer (R-LN-10): the disbursement, every transfer tried, and a regret return. */
export class DisbursementsView {
  @ApiProperty({ format: 'uuid' }) contractId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ enum: ['LOAN_RELEASE'] }) purpose!: string;
  @ApiProperty({ enum: ['AWAITING_ACCOUNT', 'REQUESTED', 'RELEASED', 'CANCELLED'] }) status!: string;
  @ApiPropertyOptional({ nullable: true, example: '10000.00', description: 'null: cancelled before the activation reached payment' }) amount!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiPropertyOptional({ nullable: true, description: 'When the right of regret was exercised' }) regrettedAt!: string | null;
  @ApiProperty({ type: [DisbursementAttemptView], description: 'Oldest first; at most one REQUESTED or RELEASED' }) attempts!: DisbursementAttemptView[];
  @ApiPropertyOptional({ nullable: true, type: RegretReturnView }) regretReturn!: RegretReturnView | null;
}

export function toDisbursementsView(disbursement: Disbursement, regretReturn: RegretReturnView | null): DisbursementsView {
  const { contractId, customerId, purpose, status, amount, createdAt, regret, attempts } = disbursement.snapshot;
  return {
    contractId, customerId, purpose, status, amount: amount?.toString() ?? null, createdAt: createdAt.toISOString(), regrettedAt: regret?.at.toISOString() ?? null,
    attempts: attempts.map(attemptView), regretReturn,
  };
}

function attemptView(a: DisbursementAttempt): DisbursementAttemptView {
  const failure = a.failure ? { code: a.failure.code, message: a.failure.message, attempts: a.failure.railAttempts, failedAt: a.failure.failedAt.toISOString() } : null;
  return {
    disbursementId: a.disbursementId, status: a.status, amount: a.amount.toString(), account: { kind: a.accountKind, masked: a.account ? maskAccount(a.account) : null },
    requestedAt: a.requestedAt.toISOString(), endToEndId: a.endToEndId ?? null, releasedAt: a.releasedAt?.toISOString() ?? null, failure,
  };
}
