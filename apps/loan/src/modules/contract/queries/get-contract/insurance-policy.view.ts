import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Money } from '@consignado/finance';
import { type InsurancePolicy, type PolicyClaim, policyStatus } from '../../domain/insurance-policy';

export class PolicyClaimView {
  @ApiProperty() claimId!: string;
  @ApiProperty({ enum: ['DEATH'] }) cause!: string;
  @ApiProperty({ example: '2026-05-04', description: 'The date the debt was valued on (the block\'s)' }) coverageDate!: string;
  @ApiProperty({ example: '8214.33', description: 'The debt claimed: what settled the contract on coverageDate' }) coverageAmount!: string;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ enum: ['REQUESTED', 'PAID', 'DENIED'] }) status!: string;
  @ApiPropertyOptional({ nullable: true, example: '8214.33' }) paidAmount!: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'EXCLUDED_CAUSE', description: "DENIED: the insurer's reason and message" }) deniedReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) deniedMessage!: string | null;
  @ApiPropertyOptional({ nullable: true }) decidedAt!: string | null;
}

/** The credit-life policy of an insured contract (R-LN-8); see docs/life-cycle.md "Credit-life insurance". */
export class InsurancePolicyView {
  @ApiProperty({ example: 'PRST-2026-7C1D2E3F4A5B' }) policyNumber!: string;
  @ApiProperty({ example: 'Seguradora Modelo S.A.' }) insurer!: string;
  @ApiProperty({ example: '593.75', description: 'The premium, financed in the contract' }) premium!: string;
  @ApiProperty({ enum: ['ACTIVE', 'CLAIM_OPEN', 'CLAIM_PAID', 'EXPIRED', 'CANCELLED'] }) status!: string;
  @ApiProperty({ example: '2026-03-10' }) coverageStart!: string;
  @ApiProperty({ example: '2031-03-10', description: 'The last due date as contracted' }) coverageEnd!: string;
  @ApiPropertyOptional({ nullable: true, example: '9734.12', description: 'While in force: the outstanding principal it covers' }) coveredBalance!: string | null;
  @ApiPropertyOptional({ nullable: true, enum: ['TERM_COMPLETED', 'EARLY_SETTLEMENT', 'PORTED_OUT', 'REFINANCED', 'RENEGOTIATED', 'INSURANCE_CLAIM', 'CONTRACT_CANCELLED'] }) endReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) endedOn!: string | null;
  @ApiPropertyOptional({ nullable: true, example: '356.38', description: 'An early end: the unexpired premium owed back pro rata' }) premiumRefund!: string | null;
  @ApiProperty({ type: [PolicyClaimView] }) claims!: PolicyClaimView[];
}

export function toInsurancePolicyView(p: InsurancePolicy | undefined, outstanding: Money): InsurancePolicyView | null {
  if (!p) return null;
  return {
    policyNumber: p.policyNumber, insurer: p.insurer, premium: p.premium.toString(), status: policyStatus(p),
    coverageStart: p.coverage.start.toString(), coverageEnd: p.coverage.end.toString(), coveredBalance: p.ended ? null : outstanding.toString(),
    endReason: p.ended?.reason ?? null, endedOn: p.ended?.on.toString() ?? null, premiumRefund: p.ended?.premiumRefund.toString() ?? null,
    claims: p.claims.map(toClaimView),
  };
}

function toClaimView(c: PolicyClaim): PolicyClaimView {
  const o = c.outcome;
  return {
    claimId: c.claimId, cause: c.cause, coverageDate: c.coverageDate.toString(), coverageAmount: c.coverageAmount.toString(), requestedAt: c.requestedAt.toISOString(),
    status: o?.status ?? 'REQUESTED', paidAmount: o?.status === 'PAID' ? o.amount.toString() : null,
    deniedReason: o?.status === 'DENIED' ? o.reason : null, deniedMessage: o?.status === 'DENIED' ? o.message : null, decidedAt: o?.at.toISOString() ?? null,
  };
}
