import type { AnalysisParameters } from '../parameters/analysis-parameters';
import type { ProposalFacts } from '../proposal-facts';
import { type MarginCheckFailure, marginCheckFailedReason } from '../rules/margin-check-rules';
import { evaluate, type Evaluation } from './evaluation';

/** An INSS analysis whose margin could not be read: one failed reason, under the INSS policy version. */
export function evaluateMarginFailure(facts: ProposalFacts, failure: MarginCheckFailure, params: AnalysisParameters): Evaluation {
  return evaluate('INSS_CONSIGNADO', facts.dates.contractDate, (trail) => {
    const policy = trail.at(params.policy.inss);
    return { reasons: [marginCheckFailedReason('INSS.MARGIN_CHECK', failure, policy.id)] };
  });
}
