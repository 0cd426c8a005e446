import { Type, type Static } from '@sinclair/typebox';
import { PortabilityOrigin, Product, ProposalOperationType } from '../schema/domain';
import { loanTermsProperties } from '../schema/loan-terms';
import { CreditHistoryClass, FeedbackPriority, FinancialProfileClass, RiskLevel, SeedProduct } from '../schema/personalization';
import { IsoDate, Money, Text, UtcTimestamp, Uuid } from '../schema/primitives';

/**
 * A loan the recommendation offers, priced by libs/finance exactly as a simulation of the product
 * and passed by the credit policy the analysis applies on the offer's date: the terms a proposal
 * made from it (`offerId`) asks for.
 */
export const CreditOffer = Type.Object(
  {
    offerId: Uuid,
    seedProduct: SeedProduct,
    product: Product,
    operationType: ProposalOperationType,
    /** NEW: the amount lent; REFINANCING: the troco; PORTABILITY: "0.00" (the balance comes from the origin). */
    requestedAmount: Money,
    ...loanTermsProperties,
    refinancedContractId: Type.Optional(Uuid),
    portability: Type.Optional(PortabilityOrigin),
  },
  { additionalProperties: false, title: 'CreditOffer' },
);
export type CreditOffer = Static<typeof CreditOffer>;

/**
 * RecommendationMade v1 — credit analysis recommended a product to a customer from their
 * financial profile (seed 004 RF2, R-CA-3), first or after the customer's feedback (`round` > 1,
 * `feedback` as it stands after every round). Only the priced loans in `offers` can become a
 * proposal; cards and overdraft are advice the platform does not grant.
 *
 * Producer: credit-analysis. Consumer: proposal (a proposal in one call from an offer).
 */
export const RecommendationMadePayload = Type.Object(
  {
    recommendationId: Uuid,
    profileId: Uuid,
    customerId: Uuid,
    round: Type.Integer({ minimum: 1 }),
    previousRecommendationId: Type.Optional(Uuid),
    rulesVersion: Text(64),
    risk: RiskLevel,
    financialProfile: FinancialProfileClass,
    creditHistory: CreditHistoryClass,
    recommendedProduct: Type.Optional(SeedProduct),
    approved: Type.Boolean(),
    alternatives: Type.Array(SeedProduct, { maxItems: 2 }),
    feedback: Type.Optional(Type.Object(
      {
        priority: Type.Optional(FeedbackPriority),
        refusedProducts: Type.Array(SeedProduct, { maxItems: 8 }),
        preferredProduct: Type.Optional(SeedProduct),
      },
      { additionalProperties: false, title: 'RecommendationFeedback' },
    )),
    offers: Type.Array(CreditOffer, { maxItems: 8 }),
    /** The last day a proposal may be made from these offers (their dates and the policy in force). */
    validUntil: IsoDate,
    madeAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'RecommendationMadePayload' },
);
export type RecommendationMadePayload = Static<typeof RecommendationMadePayload>;
