import type { DecisionReason } from '../../analysis/domain/rules/reason';

/** What an anonymized reason says instead of its figures (pt-BR, D-6). */
export const ANONYMIZED_MESSAGE = 'Detalhes removidos na anonimização do titular (LGPD).';

/**
 * A decision's reasons once its customer is anonymized (LGPD art. 16, R-SEC-3): the rule, its
 * verdict, failure code and parameter version stay (what was decided and under which policy);
 * the measured values, limits and sentences — ages, scores, margins and capacities derived from
 * income or benefit — go.
 */
export function anonymizedReasons(reasons: readonly DecisionReason[]): DecisionReason[] {
  return reasons.map((r) => ({
    rule: r.rule,
    ...(r.code === undefined ? {} : { code: r.code }),
    passed: r.passed,
    measured: '',
    limit: '',
    message: ANONYMIZED_MESSAGE,
    parameterVersion: r.parameterVersion,
  }));
}
