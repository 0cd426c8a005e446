import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { reasonOf } from '../../domain/alteration-plan';
import type { AlterationRow } from '../../database/alteration.orm-entity';
import type { AverbationRow } from '../../database/averbation.orm-entity';

type Problem = { code: string; message: string };

const problem = (code: string | null, message: string | null): { lastError?: Problem } => (code ? { lastError: { code, message: message ?? '' } } : {});

/** The latest plan change sent (or to send) to Dataprev after an extraordinary amortization (R-LN-5) or a renegotiation (R-LN-8). */
export class AlterationView {
  @ApiProperty({ enum: ['PENDING', 'APPLIED', 'REFUSED', 'FAILED', 'DROPPED'] }) status!: string;
  @ApiProperty({ enum: ['EXTRA_AMORTIZATION', 'RENEGOTIATION'], description: 'motivo AMORTIZACAO_EXTRAORDINARIA ou RENEGOCIACAO' }) reason!: string;
  @ApiProperty({ example: '203.14' }) installmentAmount!: string;
  @ApiProperty({ example: 25, description: 'Parcelas ainda a descontar' }) remainingInstallments!: number;
  @ApiProperty({ example: '2026-03-25' }) effectiveDate!: string;
  @ApiProperty() paymentId!: string;
  @ApiProperty({ description: 'Chamadas "Alterar contrato" deste plano até agora' }) attempts!: number;
  @ApiPropertyOptional() nextAttemptAt?: string;
  @ApiPropertyOptional() appliedAt?: string;
  @ApiPropertyOptional() lastError?: Problem;

  static from(row: AlterationRow): AlterationView {
    return {
      status: row.status,
      reason: reasonOf(row.request),
      installmentAmount: row.installmentAmount,
      remainingInstallments: row.remainingInstallments,
      effectiveDate: row.effectiveDate,
      paymentId: row.paymentId,
      attempts: row.attempts,
      ...(row.status === 'PENDING' ? { nextAttemptAt: row.nextAttemptAt.toISOString() } : {}),
      ...(row.appliedAt ? { appliedAt: row.appliedAt.toISOString() } : {}),
      ...problem(row.lastErrorCode, row.lastErrorMessage),
    };
  }
}

export class AverbationView {
  @ApiProperty() contractId!: string;
  @ApiProperty() proposalId!: string;
  @ApiPropertyOptional({ example: '1234567890', description: 'Ausente depois que os dados pessoais do titular foram anonimizados' }) benefitNumber?: string;
  @ApiProperty({ example: '311.36', description: 'A parcela registrada na averbação (a alteração mais recente está em `alteration`)' }) installmentAmount!: string;
  @ApiProperty({ enum: ['PENDING_REGISTRATION', 'REGISTERED', 'REJECTED', 'FAILED', 'PENDING_CANCELLATION', 'CANCELLED', 'CANCELLATION_FAILED'] }) status!: string;
  @ApiProperty({ description: 'Dataprev calls of the current step so far' }) attempts!: number;
  @ApiPropertyOptional() nextAttemptAt?: string;
  @ApiPropertyOptional({ example: 'DTP-2025-000000123' }) protocol?: string;
  @ApiPropertyOptional() registeredAt?: string;
  @ApiPropertyOptional() cancelledAt?: string;
  @ApiPropertyOptional() lastError?: Problem;
  @ApiPropertyOptional({ type: AlterationView }) alteration?: AlterationView;

  static from(row: AverbationRow, alteration?: AlterationRow): AverbationView {
    const pending = row.status.startsWith('PENDING_');
    return {
      contractId: row.contractId,
      proposalId: row.proposalId,
      ...(row.benefitNumber ? { benefitNumber: row.benefitNumber } : {}),
      installmentAmount: row.installmentAmount,
      status: row.status,
      attempts: row.attempts,
      ...(pending ? { nextAttemptAt: row.nextAttemptAt.toISOString() } : {}),
      ...(row.protocol ? { protocol: row.protocol } : {}),
      ...(row.registeredAt ? { registeredAt: row.registeredAt.toISOString() } : {}),
      ...(row.cancelledAt ? { cancelledAt: row.cancelledAt.toISOString() } : {}),
      ...problem(row.lastErrorCode, row.lastErrorMessage),
      ...(alteration ? { alteration: AlterationView.from(alteration) } : {}),
    };
  }
}
