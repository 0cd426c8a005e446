import { IsoDate, LoanDates } from '@consignado/finance';
import { fieldError, valueOr400 } from './field-errors';

const BRAZILIAN = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** ISO-8601, or DD/MM/AAAA as the seeds write dates (D-5), to a real calendar date. */
export function parseInputDate(input: string, field: string, area: string): IsoDate {
  const br = BRAZILIAN.exec(input);
  const iso = br ? `${br[3]}-${br[2]}-${br[1]}` : input;
  const parsed = IsoDate.parse(iso, field);
  if (parsed.ok) return parsed.value;
  throw fieldError(`${area}.INVALID_DATE`, field, `Data inválida em ${field}: use AAAA-MM-DD ou DD/MM/AAAA.`);
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
