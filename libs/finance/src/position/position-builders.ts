import { FinanceError } from '../errors/finance-error';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { PriceSchedule, priceSchedule } from '../schedule/price-schedule';
import { ContractPosition } from './contract-position';

/** A contract's original terms: what `payoff` and the life-cycle ops of FINANCE.md take. */
export interface ContractTermsInput {
  readonly principal: Money;
  readonly rate: MonthlyRate;
  readonly term: LoanTerm;
  readonly dates: LoanDates;
}

/**
 * The position of a contract on its original schedule: start = contract date and principal,
 * rows 1..n on the schedule's due dates, those in `paid` marked paid (in any order).
 *
 * @throws FinanceError INVALID_INPUT when a paid number is not a row of the schedule (a caller bug).
 */
export function positionFromSchedule(schedule: PriceSchedule, rate: MonthlyRate, dates: LoanDates, paid: Iterable<number>): ContractPosition {
  const paidSet = new Set(paid);
  for (const number of paidSet) {
    if (!Number.isInteger(number) || number < 1 || number > schedule.rows.length) {
      throw new FinanceError('INVALID_INPUT', `Parcela paga ${number} não existe no contrato de ${schedule.rows.length} parcelas.`, 'paidInstallments');
    }
  }
  const rows = schedule.rows.map((row) => ({
    number: row.number,
    dueDate: row.dueDate ?? dates.dueDate(row.number),
    installment: row.installment,
    interest: row.interest,
    amortization: row.amortization,
    balance: row.balance,
    paid: paidSet.has(row.number),
  }));
  return { rate, start: { date: dates.contractDate, balance: schedule.principal }, installment: schedule.installment, rows };
}

/** {@link positionFromSchedule} on the Price schedule of the terms. */
export function positionFromTerms(terms: ContractTermsInput, paid: Iterable<number>): ContractPosition {
  return positionFromSchedule(priceSchedule(terms), terms.rate, terms.dates, paid);
}

/** Installment numbers 1..k: the paid set of FINANCE.md's `paidInstallments` k. */
export const firstInstallments = (k: number): number[] => Array.from({ length: k }, (_, index) => index + 1);
