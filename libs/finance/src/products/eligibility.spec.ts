import { IsoDate } from '../dates/iso-date';
import { unwrap } from '../errors/result';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { checkAge, checkGrace, checkPayrollFirstDue, checkTerm, graceDays } from './eligibility';

const dates = (contract: string, firstDue: string) => unwrap(LoanDates.create(IsoDate.of(contract), IsoDate.of(firstDue)));

describe('graceDays: days beyond one month after the contract', () => {
  it.each([
    ['2026-03-10', '2026-04-10', 0],
    ['2026-03-10', '2026-03-25', 0],
    ['2026-03-10', '2026-05-09', 29],
    ['2026-03-10', '2026-06-09', 60],
    ['2026-01-31', '2026-03-02', 2], // one month after Jan 31 is Feb 28
    ['2028-01-31', '2028-03-01', 1], // … or Feb 29 in a leap year
  ])('%s → %s: %i days', (contract, firstDue, days) => {
    expect(graceDays(dates(contract, firstDue))).toBe(days);
  });

  it.each([
    ['2026-03-10', '2026-05-10', 30, true],
    ['2026-03-10', '2026-05-11', 30, false],
    ['2026-03-10', '2026-06-09', 60, true],
    ['2026-03-10', '2026-06-10', 60, false],
    ['2026-03-10', '2026-04-10', 0, true],
    ['2026-03-10', '2026-04-11', 0, false],
  ])('%s → %s within %i days: %p', (contract, firstDue, max, allowed) => {
    expect(checkGrace(dates(contract, firstDue), max)?.code).toBe(allowed ? undefined : 'GRACE_TOO_LONG');
  });
});

describe('checkPayrollFirstDue (D-10): the INSS payroll calendar, up to 60 days, is not grace', () => {
  it.each([
    ['2026-03-10', '2026-04-09', 30, true],
    ['2026-03-10', '2026-04-24', 45, true],
    ['2026-03-10', '2026-05-09', 60, true],
    ['2026-03-10', '2026-05-10', 61, false],
    ['2026-01-31', '2026-04-01', 60, true], // across a short February: calendar days, not months
    ['2026-01-31', '2026-04-02', 61, false],
  ])('%s → %s (%i days): accepted %p', (contract, firstDue, days, accepted) => {
    const range = dates(contract, firstDue);
    expect(range.firstPeriodDays).toBe(days);
    expect(checkPayrollFirstDue(range, 60)?.code).toBe(accepted ? undefined : 'GRACE_TOO_LONG');
  });
});

describe('checkAge (D-9): age + n/12 < maximum', () => {
  it.each([
    [52, 36, 80, true],
    [77, 35, 80, true], // 79 years 11 months at the end
    [77, 36, 80, false], // reaches 80
    [74, 11, 75, true],
    [74, 12, 75, false],
    [undefined, 480, 75, true],
  ])('age %p, %i months, max %i: %p', (age, months, max, allowed) => {
    expect(checkAge(age, LoanTerm.of(months), max)?.code).toBe(allowed ? undefined : 'AGE_LIMIT_EXCEEDED');
  });
});

describe('checkTerm', () => {
  it.each([
    [24, true],
    [92, true],
    [23, false],
    [93, false],
  ])('%i months within 24..92: %p', (months, allowed) => {
    expect(checkTerm(LoanTerm.of(months), 24, 92)?.code).toBe(allowed ? undefined : 'TERM_OUT_OF_RANGE');
  });
});
