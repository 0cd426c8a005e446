import type { FieldCipher } from '@consignado/core';
import { openJson, sealJson } from '@consignado/service-kit';
import type { FinancialProfileRecord } from '../domain/financial-profile';
import type { RecommendationRecord } from '../domain/recommendation';
import { FinancialProfileRow, RecommendationRow } from './personalization.orm-entities';

const SEALED = { input: 'financial_profile.input', base: 'financial_profile.recommend_base', portable: 'financial_profile.portable_debts', result: 'recommendation.result' } as const;

export function profileRow(cipher: FieldCipher, p: FinancialProfileRecord): FinancialProfileRow {
  return Object.assign(new FinancialProfileRow(), {
    ...p, input: sealJson(cipher, p.input, SEALED.input), recommendBase: sealJson(cipher, p.recommendBase, SEALED.base), portableDebts: sealJson(cipher, p.portableDebts, SEALED.portable), sources: { ...p.sources },
  });
}

export function profileOf(cipher: FieldCipher, row: FinancialProfileRow): FinancialProfileRecord {
  return {
    ...row,
    input: openJson(cipher, row.input, SEALED.input),
    recommendBase: openJson(cipher, row.recommendBase, SEALED.base),
    portableDebts: row.portableDebts === null ? [] : openJson(cipher, row.portableDebts, SEALED.portable),
    sources: row.sources as FinancialProfileRecord['sources'],
    result: row.result as FinancialProfileRecord['result'],
  };
}

export function recommendationRow(cipher: FieldCipher, r: RecommendationRecord): RecommendationRow {
  return Object.assign(new RecommendationRow(), {
    ...r, previousRecommendationId: r.previousRecommendationId ?? null, feedbackGiven: r.feedbackGiven ?? null, result: sealJson(cipher, r.result, SEALED.result),
  });
}

export function recommendationOf(cipher: FieldCipher, row: RecommendationRow): RecommendationRecord {
  return {
    ...row,
    previousRecommendationId: row.previousRecommendationId ?? undefined,
    feedbackGiven: (row.feedbackGiven ?? undefined) as RecommendationRecord['feedbackGiven'],
    feedback: row.feedback as RecommendationRecord['feedback'],
    result: openJson(cipher, row.result, SEALED.result),
    offers: row.offers as RecommendationRecord['offers'],
    withheld: row.withheld as RecommendationRecord['withheld'],
  };
}
