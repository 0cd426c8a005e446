import type { LoanTerms, RefinancingTerms } from '@consignado/contracts';
import type { Cet, Money, MonthlyRate, PriceSchedule, Simulation } from '@consignado/finance';
import type { ProposalFacts } from '../proposal-facts';

/** The approved loan's terms as CreditApproved carries them (decimal strings, FINANCE.md). */
export type PricedTerms = Readonly<LoanTerms>;

/** A finance pricing of the proposal: the terms to publish and what the rules compare. */
export interface Priced {
  readonly installment: Money;
  readonly rate: MonthlyRate;
  /** What the customer receives: the amount asked, payoff + troco, or the ported balance. */
  readonly released: Money;
  readonly terms: PricedTerms;
  /** REFINANCING: the old contract's payoff on the date and the troco. */
  readonly refinancing?: RefinancingTerms;
}

export function pricedTerms(facts: ProposalFacts, s: Simulation): PricedTerms {
  return loanTerms(facts, { released: facts.amount, financed: s.financed, rate: s.monthlyRate, installment: s.installment, iof: s.iof, insurance: s.insurance, schedule: s.schedule, cet: s });
}

export interface LoanTermsParts {
  readonly released: Money;
  readonly financed: Money;
  readonly rate: MonthlyRate;
  readonly installment: Money;
  readonly iof: Money;
  readonly insurance: Money;
  readonly schedule: PriceSchedule;
  readonly cet: Cet;
}

/** The published terms of any pricing (simulate, refinance, portabilityQuote): money at two decimals, CET percents at two. */
export function loanTerms(facts: ProposalFacts, p: LoanTermsParts): PricedTerms {
  return {
    releasedAmount: p.released.toString(),
    financedAmount: p.financed.toString(),
    monthlyRate: p.rate.toString(),
    termMonths: facts.term.months,
    installmentAmount: p.installment.toString(),
    iof: p.iof.toString(),
    insurance: p.insurance.toString(),
    totalPayable: p.schedule.totalPaid.toString(),
    cetMonthlyPercent: p.cet.monthlyPercent.toFixed(2),
    cetAnnualPercent: p.cet.annualPercent.toFixed(2),
    contractDate: facts.dates.contractDate.toString(),
    firstDueDate: facts.dates.firstDueDate.toString(),
  };
}
