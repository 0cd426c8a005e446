import { Money } from '@consignado/finance';
import type { AnalysisParameters } from '../parameters/analysis-parameters';
import type { ProposalFacts } from '../proposal-facts';
import { ageRule, amountRule, graceRule, termRule } from '../rules/common-rules';
import { share as sharePercent } from '../rules/format';
import { capacityRule } from '../rules/margin-rules';
import { operationOfferedRule } from '../rules/operation-rules';
import { rateRangeRule, scoreRule } from '../rules/product-rate-rules';
import { evaluate, type Evaluation } from './evaluation';
import { price } from './pricing';

/**
 * Personal loan (R-CA-2, seed 002 §11.2, D-8): score ≥ 201, then amount, term and rate by the
 * score's band, payment capacity (installment ≤ 30% of income − expenses), age < 75 at the end,
 * grace ≤ 30 days. Below 201 no band applies, so the band rules are not evaluated. Refinancing
 * and portability are consignado operations: the personal loan refuses them before anything else.
 */
export function evaluatePersonal(facts: ProposalFacts, score: number, params: AnalysisParameters): Evaluation {
  return evaluate('PERSONAL', facts.dates.contractDate, (trail) => {
    const personal = trail.at(params.finance.personal);
    const p = personal.value;
    const policy = trail.at(params.policy.personal);
    if (facts.operationType !== 'NEW') return { reasons: [operationOfferedRule('PERSONAL.OPERATION_TYPE', facts.operationType, ['NEW'], policy.id)] };
    const reasons = [
      scoreRule('PERSONAL.SCORE_MIN', score, p.minScore, personal.id),
      ageRule('PERSONAL.AGE', facts.age, facts.term, p.maxAgeAtEnd, personal.id),
      graceRule('PERSONAL.GRACE', facts.dates, p.maxGraceDays, personal.id),
    ];
    if (score < p.minScore) return { reasons };
    const band = p.bands.find((b) => score >= b.low && score <= b.high);
    if (band) {
      reasons.push(amountRule('PERSONAL.AMOUNT', facts.amount, Money.round(p.minAmount), Money.round(band.maxAmount), personal.id));
      reasons.push(termRule('PERSONAL.TERM', facts.term, p.minTermMonths, band.maxTermMonths, personal.id));
    }
    const priced = price(facts, { score, insurance: facts.withInsurance }, trail, params.finance);
    if (priced.ok && band) {
      const share = policy.value.incomeShare;
      const capacity = Money.max(Money.ZERO, facts.income.minus(facts.expenses)).timesRounded(share);
      reasons.push(rateRangeRule('PERSONAL.RATE', priced.value.rate, band.bottom, band.top, personal.id));
      reasons.push(capacityRule('PERSONAL.CAPACITY', priced.value.installment, capacity, sharePercent(share), policy.id));
    }
    return { reasons, priced };
  });
}
