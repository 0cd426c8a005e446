import type { Money, MonthlyRate, Simulation } from '@consignado/finance';
import type { LoanTerms } from '@consignado/contracts';
import type { ProposalFacts } from '../proposal-facts';

/** The approved loan's terms as CreditApproved carries them (decimal strings, FINANCE.md). */
export type PricedTerms = Readonly<LoanTerms>;

/** A finance simulation of the proposal: the terms to publish and the installment the rules compare. */
export interface Priced {
  readonly installment: Money;
  readonly rate: MonthlyRate;
  readonly terms: PricedTerms;
}

export function pricedTerms(facts: ProposalFacts, s: Simulation): PricedTerms {
  return {
    releasedAmount: facts.amount.toString(),
    financedAmount: s.financed.toString(),
    monthlyRate: s.monthlyRate.toString(),
    termMonths: facts.term.months,
    installmentAmount: s.installment.toString(),
    iof: s.iof.toString(),
    insurance: s.insurance.toString(),
    totalPayable: s.schedule.totalPaid.toString(),
    cetMonthlyPercent: s.monthlyPercent.toFixed(2),
    cetAnnualPercent: s.annualPercent.toFixed(2),
    contractDate: facts.dates.contractDate.toString(),
    firstDueDate: facts.dates.firstDueDate.toString(),
  };
}
