/**
 * @consignado/profile: seed 004's credit personalization (RF1 financial profile, RF2 product
 * recommendation) as pure functions, exactly as ../shared/spec/PROFILE.md specifies.
 */

/** Names the rule set (seed 004 + PROFILE.md P-1..P-15); stored beside every decision it makes. */
export const PROFILE_RULES_VERSION = 'SEED004-PROFILE-2026.12';

export { financialProfile } from './profile/financial-profile';
export type { FinancialProfile, ProfileMetrics } from './profile/financial-profile.types';
export { recommendProduct } from './recommend/recommend-product';
export type { OfferParameters, Recommendation } from './recommend/recommendation.types';
export {
  FINANCIAL_PROFILES,
  HISTORY_CLASSES,
  PRIORITIES,
  PRODUCT_IDS,
  REQUIRED_FIELDS,
  RISK_LEVELS,
} from './types';
export type {
  Feedback,
  HistoryClass,
  Priority,
  ProductId,
  ProfileClass,
  ProfileErrorCode,
  ProfileInputError,
  RequiredField,
  RiskLevel,
} from './types';
