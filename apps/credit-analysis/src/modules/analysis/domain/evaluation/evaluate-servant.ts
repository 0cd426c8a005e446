import { Money, servantRate } from '@consignado/finance';
import type { AnalysisParameters } from '../parameters/analysis-parameters';
import type { ProposalFacts } from '../proposal-facts';
import { ageRule, amountRule, graceRule, linkTypeRule, termRule } from '../rules/common-rules';
import { share } from '../rules/format';
import { servantMarginRule } from '../rules/freed-margin-rules';
import { portabilityMarginRule } from '../rules/margin-rules';
import { noInsuranceOnOperationRule } from '../rules/operation-rules';
import { rateRangeRule } from '../rules/product-rate-rules';
import { evaluate, type Evaluation } from './evaluation';
import { evaluateOperation } from './evaluate-operation';
import { NO_OPERATION_INPUTS, type OperationInputs, servantDeductions } from './operation-inputs';
import { price } from './pricing';

/**
 * Public-servant consignado (seed 002 §11.1, §12.2–12.3; D-1): link type, term 24–92, minimum
 * amount (asked, payoff + troco, or the ported balance), age < 80 at the end, grace ≤ 60 days,
 * rate by formula, and the installment within 35% of the net income less the customer's other
 * active servant deductions (from the projection). A portability needs no new margin and waits
 * for the origin's balance; refinancing and portability carry no insurance.
 */
export function evaluateServant(facts: ProposalFacts, params: AnalysisParameters, inputs: OperationInputs = NO_OPERATION_INPUTS): Evaluation {
  return evaluate('SERVIDOR_CONSIGNADO', facts.dates.contractDate, (trail) => {
    const servant = trail.at(params.finance.servant);
    const s = servant.value;
    const policy = trail.at(params.policy.servant);
    const p = policy.value;
    const isNew = facts.operationType === 'NEW';
    const minAmount = Money.round(p.minAmount);
    const reasons = [
      linkTypeRule('SERVIDOR.LINK_TYPE', facts.linkType, p.allowedLinkTypes, policy.id),
      termRule('SERVIDOR.TERM', facts.term, s.minTermMonths, s.maxTermMonths, servant.id),
      ...(isNew ? [amountRule('SERVIDOR.AMOUNT', facts.amount, minAmount, undefined, policy.id)] : []),
      ageRule('SERVIDOR.AGE', facts.age, facts.term, s.maxAgeAtEnd, servant.id),
      graceRule('SERVIDOR.GRACE', facts.dates, s.maxGraceDays, servant.id),
      ...(isNew ? [] : [noInsuranceOnOperationRule('SERVIDOR.INSURANCE', facts.withInsurance, facts.operationType, policy.id)]),
    ];
    const operation = evaluateOperation(facts, inputs, servantRate(facts.term, s), trail, params, policy.id);
    reasons.push(...operation.reasons);
    if (facts.operationType === 'PORTABILITY' && !inputs.portability) return { reasons };
    const priced = isNew ? price(facts, { insurance: facts.withInsurance }, trail, params.finance) : operation.price?.();
    if (priced?.ok) {
      const { installment, rate, released } = priced.value;
      if (!isNew) reasons.push(amountRule('SERVIDOR.AMOUNT', released, minAmount, undefined, policy.id));
      reasons.push(rateRangeRule('SERVIDOR.RATE', rate, s.baseRate, s.rateCap, servant.id));
      const margin = { gross: facts.income.timesRounded(p.marginShare), deductions: servantDeductions(facts, inputs), sharePercent: share(p.marginShare) };
      const portability = facts.operationType === 'PORTABILITY';
      reasons.push(portability ? portabilityMarginRule('SERVIDOR.MARGIN', installment, policy.id) : servantMarginRule('SERVIDOR.MARGIN', installment, margin, policy.id));
    }
    return { reasons, priced };
  });
}
