import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Closure, SettlementRecord, TransferRecord } from '../domain/portability-state';

export class TransferView {
  @ApiProperty({ example: '10234.56' }) amount!: string;
  @ApiProperty({ example: 'STR0047', description: 'Mensagem STR da TED de portabilidade' }) strMessage!: string;
  @ApiProperty() transferredAt!: string;
  @ApiProperty({ example: '2025-03-06' }) transferDate!: string;
  @ApiProperty({ example: '2025-03-10', description: 'Último dia para a origem confirmar a liquidação' }) confirmationDeadline!: string;

  static from(t: TransferRecord): TransferView {
    return { amount: t.amount.toString(), strMessage: 'STR0047', transferredAt: t.transferredAt.toISOString(), transferDate: t.transferDate.toString(), confirmationDeadline: t.confirmationDeadline.toString() };
  }
}

export class SettlementView {
  @ApiProperty({ example: 'QUIT-CT-778', description: 'Comprovante de quitação da origem' }) receipt!: string;
  @ApiProperty() confirmedAt!: string;

  static from(s: SettlementRecord): SettlementView {
    return { receipt: s.receipt, confirmedAt: s.confirmedAt.toISOString() };
  }
}

/** REJECTED, CANCELLED or PAYMENT_ISSUE: who ended it, why and when. */
export class ClosureView {
  @ApiProperty({ enum: ['REJECTED', 'CANCELLED', 'PAYMENT_ISSUE'] }) kind!: string;
  @ApiProperty({ example: 'RETENCAO_DO_CLIENTE', description: 'Motivo (PAYMENT_ISSUE: DEVOLUCAO_STR0048)' }) reason!: string;
  @ApiProperty({ enum: ['ORIGIN', 'DESTINATION', 'EXCHANGE'] }) by!: string;
  @ApiProperty() at!: string;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional({ example: 'STR0048', description: 'PAYMENT_ISSUE: a devolução da TED' }) strMessage?: string;

  static from(c: Closure): ClosureView {
    return { kind: c.kind, reason: c.reason, by: c.by, at: c.at.toISOString(), ...(c.detail ? { detail: c.detail } : {}), ...(c.kind === 'PAYMENT_ISSUE' ? { strMessage: 'STR0048' } : {}) };
  }
}
