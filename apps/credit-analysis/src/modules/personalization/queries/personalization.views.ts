import type { FinancialProfileRecord } from '../domain/financial-profile';
import type { RecommendationRecord } from '../domain/recommendation';

/** A stored profile as the channel reads it back: seed 004's output, its input with sources, the rule version. */
export function profileView(p: FinancialProfileRecord) {
  return {
    profileId: p.profileId,
    customerId: p.customerId,
    businessDate: p.businessDate,
    rulesVersion: p.rulesVersion,
    profile: p.result,
    input: p.input,
    sources: p.sources,
    computedAt: p.computedAt.toISOString(),
  };
}

/** A round: seed 004's recommendation, the priced offers (a proposal each, in one call), what the policy withheld and why. */
export function recommendationView(r: RecommendationRecord) {
  return {
    recommendationId: r.recommendationId,
    profileId: r.profileId,
    customerId: r.customerId,
    round: r.round,
    previousRecommendationId: r.previousRecommendationId ?? null,
    feedbackGiven: r.feedbackGiven ?? null,
    feedback: r.feedback,
    recommendation: r.result,
    offers: r.offers,
    withheld: r.withheld,
    rulesVersion: r.rulesVersion,
    validUntil: r.validUntil,
    madeAt: r.madeAt.toISOString(),
  };
}

export type ProfileView = ReturnType<typeof profileView>;
export type RecommendationView = ReturnType<typeof recommendationView>;
