import { randomUUID } from 'node:crypto';
import type { CreditOffer, DecisionReason, SeedProduct } from '@consignado/contracts';
import type { Feedback, Recommendation as SeedRecommendation } from '@consignado/profile';
import type { FinancialProfileRecord } from './financial-profile';
import type { ApprovedOffer, PolicyBoundRecommendation } from './recommend-within-policy';

/** One round of recommendation (seed 004 RF2): the seed's answer, the priced offers, what the policy withheld. */
export interface RecommendationRecord {
  readonly recommendationId: string;
  readonly profileId: string;
  readonly customerId: string;
  readonly round: number;
  readonly previousRecommendationId?: string;
  /** The feedback this round answers, as the customer sent it; absent on the first round. */
  readonly feedbackGiven?: Feedback;
  /** Every round's feedback so far: the latest priority and preference, every refusal. */
  readonly feedback: Feedback;
  readonly result: SeedRecommendation;
  readonly offers: readonly CreditOffer[];
  readonly withheld: readonly { readonly product: SeedProduct; readonly reasons: readonly DecisionReason[] }[];
  readonly rulesVersion: string;
  /** Offers are priced on the day they are made: a proposal from them must be made that day. */
  readonly validUntil: string;
  readonly madeAt: Date;
}

export interface RoundOf {
  readonly previous?: RecommendationRecord;
  readonly feedbackGiven?: Feedback;
}

/** A round from the policy-bound answer; the withheld loans are told in `restricoes`, after the seed's own. */
export function recommendationRound(profile: FinancialProfileRecord, answer: PolicyBoundRecommendation, feedback: Feedback, of: RoundOf, now: Date, today: string): RecommendationRecord {
  const withheld = [...answer.withheld].map(([product, reasons]) => ({ product, reasons }));
  const told = withheld.map((w) => `${w.product}: ${w.reasons.map((r) => r.message).join(' ')}`);
  return {
    recommendationId: randomUUID(),
    profileId: profile.profileId,
    customerId: profile.customerId,
    round: of.previous ? of.previous.round + 1 : 1,
    previousRecommendationId: of.previous?.recommendationId,
    feedbackGiven: of.feedbackGiven,
    feedback,
    result: { ...answer.seed, restricoes: [...answer.seed.restricoes, ...told] },
    offers: answer.offers.map(creditOffer),
    withheld,
    rulesVersion: profile.rulesVersion,
    validUntil: today,
    madeAt: now,
  };
}

/** The latest priority and preference win; refusals add up (a product refused once stays refused). */
export function mergeFeedback(before: Feedback, given: Feedback): Feedback {
  const refused = [...new Set([...(before.produto_recusado ?? []), ...(given.produto_recusado ?? [])])];
  const prioridade = given.prioridade ?? before.prioridade;
  const produto_preferido = given.produto_preferido ?? before.produto_preferido;
  return { ...(prioridade ? { prioridade } : {}), produto_recusado: refused, ...(produto_preferido ? { produto_preferido } : {}) };
}

function creditOffer(o: ApprovedOffer): CreditOffer {
  const { seedProduct, product, operationType, amount, refinancedContractId, portability: debt } = o.request;
  const portability = debt && { originInstitutionIspb: debt.originInstitutionIspb, originContractNumber: debt.originContractNumber };
  return { offerId: randomUUID(), seedProduct, product, operationType, requestedAmount: amount.toString(), ...o.terms, ...(refinancedContractId ? { refinancedContractId } : {}), ...(portability ? { portability } : {}) };
}
