import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { InsuranceClaim } from '../../domain/insurance-claim';

class ClaimDenialView {
  @ApiProperty({ example: 'EXCLUDED_CAUSE' }) reason!: string;
  @ApiProperty() message!: string;
  @ApiProperty() deniedAt!: string;
}

/** A credit-life claim as the connector follows it (for operators); no personal data. */
export class InsuranceClaimView {
  @ApiProperty({ description: 'O claimId do loan (a chave do sinistro na seguradora)' }) claimId!: string;
  @ApiProperty() contractId!: string;
  @ApiProperty({ example: 'PRST-2026-000123' }) policyNumber!: string;
  @ApiProperty({ example: 'Seguradora Modelo S.A.' }) insurer!: string;
  @ApiProperty({ enum: ['FILING', 'UNDER_REVIEW', 'PAID', 'DENIED'] }) status!: string;
  @ApiProperty({ example: '2026-05-04' }) coverageDate!: string;
  @ApiProperty({ example: '8214.33' }) coverageAmount!: string;
  @ApiProperty() requestedAt!: string;
  @ApiPropertyOptional({ example: 'SIN-2026-000042' }) insurerClaimNumber?: string;
  @ApiPropertyOptional({ enum: ['UNDER_REVIEW', 'PAID', 'DENIED'], description: 'O último status visto na seguradora' }) insurerStatus?: string;
  @ApiPropertyOptional({ example: '8214.33' }) paidAmount?: string;
  @ApiPropertyOptional() paidAt?: string;
  @ApiPropertyOptional({ type: ClaimDenialView }) denial?: ClaimDenialView;
  @ApiProperty({ description: 'Chamadas à seguradora que falharam em seguida' }) attempts!: number;
  @ApiPropertyOptional() nextAttemptAt?: string;
  @ApiPropertyOptional() lastError?: { code: string; message: string };

  static from(claim: InsuranceClaim): InsuranceClaimView {
    const s = claim.snapshot;
    return {
      claimId: s.id,
      contractId: s.contractId,
      policyNumber: s.policyNumber,
      insurer: s.insurer,
      status: s.status,
      coverageDate: s.coverageDate,
      coverageAmount: s.coverageAmount,
      requestedAt: s.requestedAt,
      insurerClaimNumber: s.insurerClaimNumber,
      insurerStatus: s.insurerStatus,
      paidAmount: s.paidAmount,
      paidAt: s.paidAt,
      denial: s.denial,
      attempts: s.attempts,
      nextAttemptAt: claim.dueStep ? s.nextAttemptAt.toISOString() : undefined,
      lastError: s.lastError,
    };
  }
}
