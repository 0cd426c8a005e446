import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Claim } from '../../domain/claim';
import { CLAIM_STATUSES } from '../../domain/claim-state';
import { DENIAL_REASON_CODES } from '../../domain/denial-reason';

/** A claim as the bank sees it (every answer of the claims API); parts that do not apply are null. */
export class ClaimView {
  @ApiProperty({ example: 'SIN-2026-000042', description: 'Número do sinistro na seguradora' }) insurerClaimNumber!: string;
  @ApiProperty({ example: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e' }) claimId!: string;
  @ApiProperty({ example: '5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4' }) contractId!: string;
  @ApiProperty({ example: 'PRST-2026-000123' }) policyNumber!: string;
  @ApiProperty({ enum: ['DEATH'] }) cause!: string;
  @ApiProperty({ example: '2026-05-04' }) coverageDate!: string;
  @ApiProperty({ example: '8214.33' }) coverageAmount!: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status!: string;
  @ApiProperty() filedAt!: string;
  @ApiPropertyOptional({ example: '8214.33', nullable: true, description: 'PAID: o capital pago (o valor coberto, integral)' }) paidAmount!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'PAID: quando foi pago' }) paidAt!: string | null;
  @ApiPropertyOptional({ enum: DENIAL_REASON_CODES, nullable: true, description: 'DENIED: o motivo' }) reason!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'DENIED: a explicação da seguradora' }) message!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'DENIED: quando foi negado' }) deniedAt!: string | null;

  static from(claim: Claim): ClaimView {
    const { request: r, ...s } = claim.state;
    const decidedAt = claim.decidedAt?.toISOString() ?? null;
    const denied = s.status === 'DENIED' && s.verdict.outcome === 'DENIED' ? s.verdict : undefined;
    return {
      insurerClaimNumber: s.insurerClaimNumber,
      claimId: r.claimId,
      contractId: r.contractId,
      policyNumber: r.policyNumber,
      cause: r.cause,
      coverageDate: r.coverageDate.toString(),
      coverageAmount: r.coverageAmount.toString(),
      status: s.status,
      filedAt: s.filedAt.toISOString(),
      paidAmount: claim.paidAmount?.toString() ?? null,
      paidAt: s.status === 'PAID' ? decidedAt : null,
      reason: denied?.reason ?? null,
      message: denied?.message ?? null,
      deniedAt: denied ? decidedAt : null,
    };
  }
}
