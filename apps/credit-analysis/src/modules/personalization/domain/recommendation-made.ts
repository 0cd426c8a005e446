import type { RecommendationMadePayload } from '@consignado/contracts';
import type { FinancialProfileRecord } from './financial-profile';
import type { RecommendationRecord } from './recommendation';

/** The round as the catalogue's RecommendationMade: classes and offers, never income or the seed's free text. */
export function recommendationMade(r: RecommendationRecord, profile: FinancialProfileRecord): RecommendationMadePayload {
  const principal = r.result.produto_recomendado;
  const f = r.feedback.prioridade || r.feedback.produto_preferido || r.feedback.produto_recusado?.length ? r.feedback : undefined;
  return {
    recommendationId: r.recommendationId,
    profileId: r.profileId,
    customerId: r.customerId,
    round: r.round,
    ...(r.previousRecommendationId ? { previousRecommendationId: r.previousRecommendationId } : {}),
    rulesVersion: r.rulesVersion,
    risk: profile.result.risco_credito,
    financialProfile: profile.result.perfil_financeiro,
    creditHistory: profile.result.historico_credito_classificacao,
    ...(principal ? { recommendedProduct: principal } : {}),
    approved: r.result.elegibilidade_preliminar.aprovado,
    alternatives: r.result.alternativas,
    ...(f ? { feedback: { ...(f.prioridade ? { priority: f.prioridade } : {}), refusedProducts: f.produto_recusado ?? [], ...(f.produto_preferido ? { preferredProduct: f.produto_preferido } : {}) } } : {}),
    offers: [...r.offers],
    validUntil: r.validUntil,
    madeAt: r.madeAt.toISOString(),
  };
}
