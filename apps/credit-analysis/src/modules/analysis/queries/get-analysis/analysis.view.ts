import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANALYSIS_STATES, type AnalysisState } from '../../domain/analysis-state';
import type { Analysis } from '../../domain/analysis';
import { DecisionReasonView, MarginView, PricedTermsView } from './decision.views';
import { PortabilityView, RefinancingView } from './operation.views';

/** The audit view of an analysis: no CPF, income or birth date (R-X-2). */
export class AnalysisView {
  @ApiProperty({ format: 'uuid' }) proposalId!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiPropertyOptional({ example: 'INSS_CONSIGNADO', description: 'Absent when cancelled before the proposal arrived' }) product?: string;
  @ApiPropertyOptional({ example: 'NEW' }) operationType?: string;
  @ApiPropertyOptional({ example: 'CORBAN' }) channel?: string;
  @ApiProperty({ enum: ANALYSIS_STATES }) state!: AnalysisState;
  @ApiPropertyOptional({ description: "The applicant's seed 004 financial profile when the proposal arrived (perfil, histórico, risco, metrics, motivos, rule version); informs, does not decide" })
  applicantProfile?: { rulesVersion: string; profile: object };
  @ApiProperty({ type: [DecisionReasonView], description: 'Every rule evaluated (preliminary ones while WAITING_PORTABILITY_BALANCE or WAITING_MARGIN)' }) reasons!: DecisionReasonView[];
  @ApiPropertyOptional({ example: 'INSS_CONSIGNADO@2025-04-01' }) parameterVersion?: string;
  @ApiProperty({ type: [String], example: ['INSS-CAP-2025-04', 'INSS-TERM-96'] }) parameterVersions!: string[];
  @ApiPropertyOptional({ type: PricedTermsView }) terms?: PricedTermsView;
  @ApiPropertyOptional({ type: MarginView }) margin?: MarginView;
  @ApiPropertyOptional({ type: PortabilityView, description: "PORTABILITY: the origin's balance, once received" }) portability?: PortabilityView;
  @ApiPropertyOptional({ type: RefinancingView, description: 'REFINANCING, once priced: payoff of the old contract and troco' }) refinancing?: RefinancingView;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
  @ApiPropertyOptional() decidedAt?: string;
}

export function analysisView(analysis: Analysis): AnalysisView {
  const s = analysis.snapshot();
  const a = s.application;
  return {
    proposalId: s.proposalId,
    customerId: s.customerId,
    product: a?.product,
    operationType: a?.operationType,
    channel: a?.channel,
    state: s.state,
    applicantProfile: s.applicantProfile,
    reasons: s.reasons,
    parameterVersion: s.parameterVersion,
    parameterVersions: s.parameterVersions,
    terms: s.terms,
    margin: s.margin ? { ...s.margin, restrictions: [...s.margin.restrictions] } : undefined,
    portability: s.portability ? { ...s.portability, terms: { ...s.portability.terms } } : undefined,
    refinancing: s.refinancing ? { ...s.refinancing } : undefined,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    decidedAt: s.decidedAt?.toISOString(),
  };
}
