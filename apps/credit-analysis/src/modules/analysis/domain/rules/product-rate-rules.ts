import type { Decimal, MonthlyRate } from '@consignado/finance';
import { percent } from './format';
import { type DecisionReason, reason } from './reason';

/**
 * The product's rate lies within its range: public servants 1.80%–2.14% by the seed 002 §12.3
 * formula, personal loans within the score band (D-8). Recorded so the decision shows the rate
 * it priced with and where that rate came from.
 */
export function rateRangeRule(rule: string, rate: MonthlyRate, low: Decimal, high: Decimal, version: string): DecisionReason {
  const value = rate.toDecimal();
  return reason({
    rule,
    passed: value.gte(low) && value.lte(high),
    measured: rate.toString(),
    limit: `${low.toString()} a ${high.toString()}`,
    parameterVersion: version,
    failure: { code: 'CREDIT.RATE_OUT_OF_RANGE', message: `Taxa de ${percent(rate)} a.m. fora da faixa do produto: de ${percent(low)} a ${percent(high)} a.m.` },
    success: `Taxa de ${percent(rate)} a.m. dentro da faixa do produto (de ${percent(low)} a ${percent(high)} a.m.).`,
  });
}

/** Personal loans need a score of at least 201 (seed 002 §11.2.5, R-CA-2). */
export function scoreRule(rule: string, score: number, minScore: number, version: string): DecisionReason {
  return reason({
    rule,
    passed: score >= minScore,
    measured: String(score),
    limit: `>= ${minScore}`,
    parameterVersion: version,
    failure: { code: 'CREDIT.SCORE_TOO_LOW', message: `Score de crédito ${score} abaixo do mínimo de ${minScore} para empréstimo pessoal.` },
    success: `Score de crédito ${score} atende ao mínimo de ${minScore}.`,
  });
}
