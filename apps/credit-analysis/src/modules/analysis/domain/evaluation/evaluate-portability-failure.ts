import type { AnalysisParameters } from '../parameters/analysis-parameters';
import type { ProposalFacts } from '../proposal-facts';
import { type PortabilityFailure, portabilityRequestFailedReason } from '../rules/portability-rules';
import { evaluate, type Evaluation } from './evaluation';

/**
 * A portability whose balance will not come (PortabilityRequestFailed): one failed reason with
 * the exchange's code and pt-BR message, under the product's policy version.
 */
export function evaluatePortabilityFailure(facts: ProposalFacts, failure: PortabilityFailure, params: AnalysisParameters): Evaluation {
  return evaluate(facts.product, facts.dates.contractDate, (trail) => {
    const policy = facts.product === 'INSS_CONSIGNADO' ? trail.at(params.policy.inss) : trail.at(params.policy.servant);
    return { reasons: [portabilityRequestFailedReason('PORTABILITY.BALANCE_REQUEST', failure, policy.id)] };
  });
}
