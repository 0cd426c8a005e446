import type { RefinancingTerms } from '@consignado/contracts';
import type { FinanceError, IsoDate, ProductCode, Result } from '@consignado/finance';
import { ParameterNotInForce, ParameterTrail } from '../parameters/parameter-trail';
import { type DecisionReason, reason } from '../rules/reason';
import type { Priced, PricedTerms } from './priced-terms';

/** Every rule evaluated for one proposal, the priced terms when pricing succeeded, and the versions used. */
export interface Evaluation {
  readonly product: ProductCode;
  readonly reasons: readonly DecisionReason[];
  readonly terms?: PricedTerms;
  /** An approvable REFINANCING: the old contract's payoff and the troco. */
  readonly refinancing?: RefinancingTerms;
  readonly parameterVersion: string;
  readonly parameterVersions: readonly string[];
}

/** What a product's rules produce; `priced` is absent when pricing was not (yet) attempted. */
export interface RuleOutcome {
  readonly reasons: DecisionReason[];
  readonly priced?: Result<Priced>;
}

export const hasFailures = (e: Evaluation): boolean => e.reasons.some((r) => !r.passed);

/** Approvable: priced, and every rule passed. */
export const isApprovable = (e: Evaluation): boolean => e.terms !== undefined && !hasFailures(e);

/**
 * Runs a product's rules on the contract date. A parameter not in force that day, or a pricing
 * failure no rule explains, becomes a failed reason of its own: a decision is always possible.
 */
export function evaluate(product: ProductCode, date: IsoDate, rules: (trail: ParameterTrail) => RuleOutcome): Evaluation {
  const trail = new ParameterTrail(date);
  let outcome: RuleOutcome;
  try {
    outcome = rules(trail);
  } catch (error) {
    if (!(error instanceof ParameterNotInForce)) throw error;
    outcome = { reasons: [parameterMissing(error.error, date)] };
  }
  const reasons = [...outcome.reasons];
  const priced = outcome.priced;
  if (priced && !priced.ok && reasons.every((r) => r.passed)) reasons.push(pricingFailed(priced.error, trail.decisionVersion(product)));
  return {
    product,
    reasons,
    terms: priced?.ok ? priced.value.terms : undefined,
    refinancing: priced?.ok ? priced.value.refinancing : undefined,
    parameterVersion: trail.decisionVersion(product),
    parameterVersions: trail.ids(),
  };
}

function parameterMissing(error: FinanceError, date: IsoDate): DecisionReason {
  return reason({
    rule: 'PARAMETERS',
    passed: false,
    measured: date.toString(),
    limit: 'parâmetros vigentes na data do contrato',
    parameterVersion: 'none',
    failure: { code: 'CREDIT.NO_PARAMETER_IN_FORCE', message: error.message },
    success: '',
  });
}

function pricingFailed(error: FinanceError, version: string): DecisionReason {
  return reason({
    rule: 'PRICING',
    passed: false,
    measured: error.code,
    limit: 'condições precificáveis',
    parameterVersion: version,
    failure: { code: `CREDIT.${error.code}`, message: error.message },
    success: '',
  });
}
