import type { ContractPosition, IsoDate, Money } from '@consignado/finance';
import type { ContractProps } from './contract-props';
import type { ContractTerms } from './contract-terms';

/**
 * The plan in force (docs/life-cycle.md principle 3): the booked schedule, or the plan an extra
 * amortization put in place of the unpaid rows. Rows after `afterInstallment` are its rows.
 */
export interface ContractPlan {
  /** The contract date, or the amortization's date. */
  startDate: IsoDate;
  /** The financed amount, or the balance after the amortization (B′). */
  startBalance: Money;
  /** Installments 1..afterInstallment belong to an earlier plan (0 for the booked schedule). */
  afterInstallment: number;
  /** The plan's level installment (its last row may differ: it absorbs rounding). */
  installment: Money;
  /** The contract's number of installments now: paid before the plan + the plan's rows. */
  termMonths: number;
}

/** The plan of a newly booked contract: its schedule from the contract date. */
export function bookedPlan(terms: ContractTerms): ContractPlan {
  return { startDate: terms.contractDate, startBalance: terms.financedAmount, afterInstallment: 0, installment: terms.installmentAmount, termMonths: terms.term.months };
}

/**
 * The contract's position in finance: the rate, the plan's start and its rows (those after
 * `afterInstallment`), PAID ones paid. Every valuation — payoff, settlement, updated balance, extra
 * amortization — is a finance function of it, so an amended contract is valued like a new one.
 */
export function positionOf(contract: ContractProps): ContractPosition {
  const { plan, terms } = contract;
  const rows = contract.installments
    .filter((i) => i.number > plan.afterInstallment)
    .map(({ snapshot: i }) => ({
      number: i.number, dueDate: i.dueDate, installment: i.amount, interest: i.interest, amortization: i.amortization, balance: i.balance, paid: i.status === 'PAID',
    }));
  return { rate: terms.monthlyRate, start: { date: plan.startDate, balance: plan.startBalance }, installment: plan.installment, rows };
}
