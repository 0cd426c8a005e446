import { inssRate, type Money, ok } from '@consignado/finance';
import type { AnalysisParameters } from '../parameters/analysis-parameters';
import type { BenefitFacts, ProposalFacts } from '../proposal-facts';
import { ageRule, linkTypeRule, payrollFirstDueRule, termRule } from '../rules/common-rules';
import { benefitPresentRule, newBenefitRule, noInsuranceRule, rateCapRule, restrictionsRule } from '../rules/inss-rules';
import { evaluate, type Evaluation } from './evaluation';
import { evaluateOperation } from './evaluate-operation';
import { inssMarginRule } from './inss-margin';
import { NO_OPERATION_INPUTS, type OperationInputs } from './operation-inputs';
import { price } from './pricing';

/** What Dataprev answered (MarginChecked): the authoritative benefit, its loan margin and restrictions. */
export interface MarginFacts {
  readonly benefit: BenefitFacts;
  readonly available: Money;
  readonly restrictions: readonly string[];
}

/**
 * INSS consignado (R-CA-1, seed 003 §2, D-1, D-9; D-10: a first due date up to 60 days out is the
 * payroll calendar, not grace). Without the margin answer only the rules known so far run (a
 * failure rejects at once, no Dataprev call): the proposal's, a refinancing's on the projected old
 * contract, a portability's once the balance arrived. With it every rule runs, the 90-day rule on
 * Dataprev's start date, and the loan is priced (simulate, refinance or portabilityQuote) and
 * compared with the margin. The rate is the quoted one, else INSS_MONTHLY_RATE lowered to the
 * cap, else the cap in force.
 */
export function evaluateInss(facts: ProposalFacts, params: AnalysisParameters, margin?: MarginFacts, inputs: OperationInputs = NO_OPERATION_INPUTS): Evaluation {
  return evaluate('INSS_CONSIGNADO', facts.dates.contractDate, (trail) => {
    const caps = trail.at(params.finance.inssRateCap);
    const maxTerm = trail.at(params.finance.inssMaxTerm);
    const policy = trail.at(params.policy.inss);
    const p = policy.value;
    const rate = facts.quotedRate ?? inssRate(params.inssMonthlyRate, caps.value);
    const benefit = margin?.benefit ?? facts.benefit;
    const reasons = [
      linkTypeRule('INSS.LINK_TYPE', facts.linkType, p.allowedLinkTypes, policy.id),
      benefitPresentRule('INSS.BENEFIT', facts.benefit !== undefined, policy.id),
      termRule('INSS.TERM', facts.term, 1, maxTerm.value.maxMonths, maxTerm.id),
      rateCapRule('INSS.RATE_CAP', rate, caps.value.loan, caps.id),
      ageRule('INSS.AGE', facts.age, facts.term, p.maxAgeAtEnd, policy.id),
      payrollFirstDueRule('INSS.GRACE', facts.dates, maxTerm.value.maxFirstPeriodDays, maxTerm.id),
      noInsuranceRule('INSS.INSURANCE', facts.withInsurance, policy.id),
    ];
    if (benefit) {
      const input = { benefitStart: benefit.startDate, contractDate: facts.dates.contractDate, paidByOwnBank: facts.benefitPaidByOwnBank, operationType: facts.operationType, restrictedDays: p.newBenefitDays };
      reasons.push(newBenefitRule('INSS.NEW_BENEFIT_90_DAYS', input, policy.id));
    }
    const operation = evaluateOperation(facts, inputs, ok(rate), trail, params, policy.id);
    reasons.push(...operation.reasons);
    if (!margin) return { reasons };
    const margins = trail.at(params.finance.inssMargin);
    reasons.push(restrictionsRule('INSS.RESTRICTIONS', margin.restrictions, policy.id));
    const priced = facts.operationType === 'NEW' ? price(facts, { monthlyRate: rate, insurance: false }, trail, params.finance) : operation.price?.();
    if (priced?.ok) reasons.push(inssMarginRule(facts, priced.value.installment, margin, inputs, margins.id));
    return { reasons, priced };
  });
}
