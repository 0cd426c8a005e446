import { FinanceError } from '../errors/finance-error';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';

/**
 * Grace (carência): days by which the first due date goes beyond one month after the contract
 * date (contract + 1 month, clamped to the month's end). A first installment a month out has no
 * grace; the seeds' limits (30 / 60 days) bound this deferral.
 */
export function graceDays(dates: LoanDates): number {
  return Math.max(0, dates.contractDate.plusMonths(1).daysUntil(dates.firstDueDate));
}

/** TERM_OUT_OF_RANGE unless min ≤ n ≤ max. */
export function checkTerm(term: LoanTerm, min: number, max: number): FinanceError | undefined {
  if (term.months >= min && term.months <= max) return undefined;
  return new FinanceError('TERM_OUT_OF_RANGE', `Prazo fora do permitido para o produto: de ${min} a ${max} meses.`, 'term');
}

/** GRACE_TOO_LONG when the grace exceeds the product's maximum. */
export function checkGrace(dates: LoanDates, maxGraceDays: number): FinanceError | undefined {
  if (graceDays(dates) <= maxGraceDays) return undefined;
  return new FinanceError(
    'GRACE_TOO_LONG',
    maxGraceDays === 0 ? 'Este produto não admite carência: o primeiro vencimento deve ocorrer em até um mês.' : `Carência máxima do produto: ${maxGraceDays} dias.`,
    'firstDueDate',
  );
}

/**
 * D-10: an INSS first due date follows the payroll calendar — the first or second benefit payment
 * after the contract — and up to `maxDays` calendar days after the contract date that is not grace
 * (interest accrues over the first period as FINANCE.md states). Later would be grace, which INSS
 * forbids (D-1, IN 138/2022 art. 12): GRACE_TOO_LONG.
 */
export function checkPayrollFirstDue(dates: LoanDates, maxDays: number): FinanceError | undefined {
  if (dates.firstPeriodDays <= maxDays) return undefined;
  return new FinanceError(
    'GRACE_TOO_LONG',
    `O consignado INSS não admite carência: o primeiro vencimento deve ocorrer em até ${maxDays} dias da data do contrato (calendário de pagamento do benefício).`,
    'firstDueDate',
  );
}

/**
 * D-9: age (completed years at the contract date) + n/12 must stay below the product's maximum,
 * i.e. 12·age + n < 12·max. Without an age nothing is checked (the caller has not collected it).
 */
export function checkAge(age: number | undefined, term: LoanTerm, maxAgeAtEnd: number): FinanceError | undefined {
  if (age === undefined || 12 * age + term.months < 12 * maxAgeAtEnd) return undefined;
  return new FinanceError('AGE_LIMIT_EXCEEDED', `A idade ao final do contrato deve ficar abaixo de ${maxAgeAtEnd} anos.`, 'age');
}
