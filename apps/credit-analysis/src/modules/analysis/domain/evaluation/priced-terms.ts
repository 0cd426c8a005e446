import type { Money, MonthlyRate, Simulation } from '@consignado/finance';
import type { ProposalFacts } from '../proposal-facts';

/** The approved loan's terms as CreditApproved carries them (decimal strings, FINANCE.md). */
export interface PricedTerms {
  readonly releasedAmount: string;
  readonly financedAmount: string;
  readonly monthlyRate: string;
  readonly termMonths: number;
  readonly installmentAmount: string;
  readonly iof: string;
  readonly insurance: string;
  readonly totalPayable: string;
  readonly cetMonthlyPercent: string;
  readonly cetAnnualPercent: string;
  readonly contractDate: string;
  readonly firstDueDate: string;
}

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
