import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Creditor } from '../../domain/creditor';
import { REJECTION_REASON_CODES } from '../../domain/rejection-reason';
import type { Transfer } from '../../domain/transfer';
import { TRANSFER_PURPOSES, TRANSFER_STATUSES } from '../../domain/transfer-state';

/** A transfer as the bank sees it (every answer of the transfers API); parts that do not apply are null. */
export class TransferView {
  @ApiProperty({ example: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e' }) transferId!: string;
  @ApiProperty({ example: '8214.33' }) amount!: string;
  @ApiProperty({ description: 'A chave PIX ou a conta, como enviadas' }) creditor!: Creditor;
  @ApiProperty({ example: '52998224725' }) creditorCpf!: string;
  @ApiProperty({ enum: TRANSFER_PURPOSES }) purpose!: string;
  @ApiProperty({ enum: TRANSFER_STATUSES }) status!: string;
  @ApiProperty() filedAt!: string;
  @ApiPropertyOptional({ example: 'E99000001202605041405aB3dE5fG7hJ', nullable: true, description: 'SETTLED: o identificador fim a fim (E2E) do PIX' }) endToEndId!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'SETTLED: quando foi liquidada' }) settledAt!: string | null;
  @ApiPropertyOptional({ enum: REJECTION_REASON_CODES, nullable: true, description: 'REJECTED: o motivo' }) reason!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'REJECTED: a explicação do arranjo' }) message!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'REJECTED: quando foi rejeitada' }) rejectedAt!: string | null;

  static from(transfer: Transfer): TransferView {
    const { request: r, ...s } = transfer.state;
    const decidedAt = transfer.decidedAt?.toISOString() ?? null;
    const rejected = s.status === 'REJECTED' && s.settlement.outcome === 'REJECTED' ? s.settlement : undefined;
    return {
      transferId: r.transferId,
      amount: r.amount.toString(),
      creditor: r.creditor,
      creditorCpf: r.creditorCpf,
      purpose: r.purpose,
      status: s.status,
      filedAt: s.filedAt.toISOString(),
      endToEndId: transfer.settledEndToEndId ?? null,
      settledAt: s.status === 'SETTLED' ? decidedAt : null,
      reason: rejected?.reason ?? null,
      message: rejected?.message ?? null,
      rejectedAt: rejected ? decidedAt : null,
    };
  }
}
