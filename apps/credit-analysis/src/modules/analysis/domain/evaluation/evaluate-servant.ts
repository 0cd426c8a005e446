import { Money } from '@consignado/finance';
import type { AnalysisParameters } from '../parameters/analysis-parameters';
import type { ProposalFacts } from '../proposal-facts';
import { ageRule, amountRule, graceRule, linkTypeRule, termRule } from '../rules/common-rules';
import { marginRule } from '../rules/margin-rules';
import { rateRangeRule } from '../rules/product-rate-rules';
import { evaluate, type Evaluation } from './evaluation';
import { price } from './pricing';

/**
 * Public-servant consignado (seed 002 §11.1, §12.2–12.3; D-1): link type, term 24–92, minimum
 * amount, age < 80 at the end, grace ≤ 60 days, rate by formula, and the installment within 35% of
 * the net income. The proposal carries no active deductions of a servant, so none are subtracted.
 */
export function evaluateServant(facts: ProposalFacts, params: AnalysisParameters): Evaluation {
  return evaluate('SERVIDOR_CONSIGNADO', facts.dates.contractDate, (trail) => {
    const servant = trail.at(params.finance.servant);
    const s = servant.value;
    const policy = trail.at(params.policy.servant);
    const p = policy.value;
    const reasons = [
      linkTypeRule('SERVIDOR.LINK_TYPE', facts.linkType, p.allowedLinkTypes, policy.id),
      termRule('SERVIDOR.TERM', facts.term, s.minTermMonths, s.maxTermMonths, servant.id),
      amountRule('SERVIDOR.AMOUNT', facts.amount, Money.round(p.minAmount), undefined, policy.id),
      ageRule('SERVIDOR.AGE', facts.age, facts.term, s.maxAgeAtEnd, servant.id),
      graceRule('SERVIDOR.GRACE', facts.dates, s.maxGraceDays, servant.id),
    ];
    const priced = price(facts, { insurance: facts.withInsurance }, trail, params.finance);
    if (priced.ok) {
      reasons.push(rateRangeRule('SERVIDOR.RATE', priced.value.rate, s.baseRate, s.rateCap, servant.id));
      reasons.push(marginRule('SERVIDOR.MARGIN', priced.value.installment, facts.income.timesRounded(p.marginShare), policy.id));
    }
    return { reasons, priced };
  });
}
