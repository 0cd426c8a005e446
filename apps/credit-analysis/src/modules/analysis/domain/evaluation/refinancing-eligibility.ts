import { hasOverdue, paidCount } from '@consignado/finance';
import type { ProjectedContract } from '../../../contract-projection/domain/projected-contract';
import type { AnalysisParameters } from '../parameters/analysis-parameters';
import type { ParameterTrail } from '../parameters/parameter-trail';
import type { ProposalFacts } from '../proposal-facts';
import { minPaidRule, refinancingIntervalRule } from '../rules/refinancing-timing-rules';
import { noOverdueRule, notBlockedRule, refinancedActiveRule, refinancedFoundRule, sameCustomerRule } from '../rules/refinancing-rules';
import type { DecisionReason } from '../rules/reason';
import type { OperationInputs } from './operation-inputs';

export interface RefinancingCheck {
  readonly reasons: DecisionReason[];
  /** The old contract, when every rule passed: it can be priced. */
  readonly eligible?: ProjectedContract;
}

/**
 * R-LN-6 on the old contract as projected, on the new contract's date t: known, the same
 * customer's (nothing more is told about another's), ACTIVE, not blocked (R-LN-8), no unpaid row
 * due before t, 5k ≥ n
 * (finance `paidCount`, earlier plans' rows counted) and, when it came from a refinancing itself,
 * the policy's days since its contract date.
 */
export function refinancingEligibility(facts: ProposalFacts, inputs: OperationInputs, trail: ParameterTrail, params: AnalysisParameters): RefinancingCheck {
  const policy = trail.at(params.policy.refinancing);
  const old = inputs.refinanced;
  const t = facts.dates.contractDate;
  const found = refinancedFoundRule('REFINANCING.CONTRACT_FOUND', facts.refinancedContractId, old !== undefined, policy.id);
  if (!old) return { reasons: [found] };
  const same = sameCustomerRule('REFINANCING.SAME_CUSTOMER', old.customerId === facts.customerId, policy.id);
  if (!same.passed) return { reasons: [found, same] };
  const { rows } = old.position;
  const overdue = hasOverdue(old.position, t) ? rows.filter((row) => !row.paid && row.dueDate.isBefore(t)).length : 0;
  const reasons = [
    found,
    same,
    refinancedActiveRule('REFINANCING.CONTRACT_ACTIVE', old.status, policy.id),
    notBlockedRule('REFINANCING.CONTRACT_NOT_BLOCKED', old.block?.since, policy.id),
    noOverdueRule('REFINANCING.NO_OVERDUE', overdue, t, policy.id),
    minPaidRule('REFINANCING.MIN_PAID', paidCount(old.position), rows[rows.length - 1].number, policy.id),
  ];
  if (old.operationType === 'REFINANCING') {
    reasons.push(refinancingIntervalRule('REFINANCING.INTERVAL', old.contractDate.daysUntil(t), policy.value.minDaysBetweenRefinancings, policy.id));
  }
  return { reasons, eligible: reasons.every((r) => r.passed) ? old : undefined };
}
