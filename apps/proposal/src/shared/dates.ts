import { IsoDate, LoanDates } from '@consignado/finance';
import { valueOr400 } from './field-errors';

/** ISO-8601, or DD/MM/AAAA as the seeds write dates (D-5), to a real calendar date. */
export function parseInputDate(input: string, field: string, area: string): IsoDate {
  return valueOr400(IsoDate.parseIsoOrBrazilian(input, field), area, field);
}

export function optionalInputDate(input: string | undefined, field: string, area: string): IsoDate | undefined {
  return input === undefined ? undefined : parseInputDate(input, field, area);
}

/**
 * Contract date (default: today) and first due date (default: one month later, clamped to the
 * month's end); the first due date must come after the contract date.
 */
export function loanDates(today: IsoDate, area: string, contractDate?: IsoDate, firstDueDate?: IsoDate): LoanDates {
  const contract = contractDate ?? today;
  return valueOr400(LoanDates.create(contract, firstDueDate ?? contract.plusMonths(1)), area, 'firstDueDate');
}

/** Completed years on `at` (D-9). */
export function completedYears(birthDate: IsoDate, at: IsoDate): number {
  const beforeBirthday = at.month < birthDate.month || (at.month === birthDate.month && at.day < birthDate.day);
  return at.year - birthDate.year - (beforeBirthday ? 1 : 0);
}
