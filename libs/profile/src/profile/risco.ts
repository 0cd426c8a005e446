import { HistoryClass, RISK_LEVELS, RiskLevel } from '../types';
import { ProfileFacts, holds } from './facts';

/** RF1 step 6: alto on any adverse sign; baixo only when every condition is known and good. */
export function classifyRisk(f: ProfileFacts, history: HistoryClass): RiskLevel {
  const high = history === 'ruim' || holds(f.dti, 'gt', '0.5') || holds(f.util, 'gt', '0.8') || holds(f.inad, 'gte', '2');
  if (high) return 'alto';
  const low =
    (history === 'excelente' || history === 'bom') &&
    holds(f.dti, 'lte', '0.35') &&
    holds(f.util, 'lte', '0.5') &&
    holds(f.inad, 'eq', '0');
  return low ? 'baixo' : 'moderado';
}

/**
 * RF1 step 7 (P-5): a score ≥ 750 lowers risco one level (floor baixo), ≤ 550 raises it (cap
 * alto), both inclusive. Only risco moves.
 */
export function adjustForScore(risk: RiskLevel, f: ProfileFacts): RiskLevel {
  const level = RISK_LEVELS.indexOf(risk);
  if (holds(f.score, 'gte', '750')) return RISK_LEVELS[Math.max(level - 1, 0)];
  if (holds(f.score, 'lte', '550')) return RISK_LEVELS[Math.min(level + 1, RISK_LEVELS.length - 1)];
  return risk;
}
