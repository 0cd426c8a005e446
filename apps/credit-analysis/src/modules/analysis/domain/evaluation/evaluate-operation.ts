import type { MonthlyRate, Result } from '@consignado/finance';
import type { AnalysisParameters } from '../parameters/analysis-parameters';
import type { ParameterTrail } from '../parameters/parameter-trail';
import type { ProposalFacts } from '../proposal-facts';
import { portabilityOriginRule } from '../rules/portability-rules';
import type { DecisionReason } from '../rules/reason';
import type { OperationInputs } from './operation-inputs';
import { portabilityRules, pricePortability } from './portability-pricing';
import type { Priced } from './priced-terms';
import { priceRefinancing } from './refinance-pricing';
import { refinancingEligibility } from './refinancing-eligibility';

export interface OperationOutcome {
  readonly reasons: DecisionReason[];
  /** Prices a REFINANCING or PORTABILITY once its own rules passed; absent otherwise (and for NEW). */
  readonly price?: () => Result<Priced>;
}

/**
 * The rules a consignado REFINANCING or PORTABILITY adds to the product's, and its pricing at
 * the product's rate for the new term: `refinance` on the old contract, `portabilityQuote` on the
 * origin's balance (its rules only once the balance arrived). NEW adds nothing.
 */
export function evaluateOperation(facts: ProposalFacts, inputs: OperationInputs, rate: Result<MonthlyRate>, trail: ParameterTrail, params: AnalysisParameters, version: string): OperationOutcome {
  if (facts.operationType === 'REFINANCING') {
    const { reasons, eligible } = refinancingEligibility(facts, inputs, trail, params);
    return { reasons, price: eligible && rate.ok ? () => priceRefinancing(facts, eligible, rate.value, trail, params.finance) : undefined };
  }
  if (facts.operationType !== 'PORTABILITY') return { reasons: [] };
  const origin = portabilityOriginRule('PORTABILITY.ORIGIN', facts.portabilityOrigin !== undefined, version);
  const balance = inputs.portability;
  if (!balance || !rate.ok) return { reasons: [origin] };
  const reasons = [origin, ...portabilityRules(facts, balance, rate.value, version)];
  return { reasons, price: reasons.every((r) => r.passed) ? () => pricePortability(facts, balance, rate.value) : undefined };
}
