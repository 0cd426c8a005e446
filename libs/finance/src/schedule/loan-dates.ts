import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { IsoDate } from '../dates/iso-date';

/** Days of the first period when a schedule has no dates (FINANCE.md). */
export const STANDARD_PERIOD_DAYS = 30;

/**
 * Contract (release) date and first due date of a loan. Due date j is the first due date plus
 * j − 1 months, keeping its day and clamped to the month's end (Jan 31 → Feb 28 → Mar 31).
 */
export class LoanDates {
  private constructor(
    readonly contractDate: IsoDate,
    readonly firstDueDate: IsoDate,
  ) {}

  /** The first due date must be after the contract date. */
  static create(contractDate: IsoDate, firstDueDate: IsoDate): Result<LoanDates> {
    if (!firstDueDate.isAfter(contractDate)) {
      return err(new FinanceError('INVALID_DATE', 'O primeiro vencimento deve ser posterior à data do contrato.', 'firstDueDate'));
    }
    return ok(new LoanDates(contractDate, firstDueDate));
  }

  /** d1: calendar days from the contract date to the first due date. */
  get firstPeriodDays(): number {
    return this.contractDate.daysUntil(this.firstDueDate);
  }

  /** Due date of installment `number` (1-based). */
  dueDate(number: number): IsoDate {
    return this.firstDueDate.plusMonths(number - 1);
  }
}

/** d1 for optional dates: 30 when the schedule is undated. */
export const firstPeriodDays = (dates?: LoanDates): number => dates?.firstPeriodDays ?? STANDARD_PERIOD_DAYS;
