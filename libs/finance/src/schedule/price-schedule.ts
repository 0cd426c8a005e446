import { FinanceError } from '../errors/finance-error';
import { IsoDate } from '../dates/iso-date';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { proRataInterest } from '../rates/pro-rata';
import { priceInstallment } from './installment';
import { LoanDates, firstPeriodDays } from './loan-dates';
import { LoanTerm } from './loan-term';

export interface PriceInput {
  /** Amount financed; must be positive. */
  readonly principal: Money;
  readonly rate: MonthlyRate;
  readonly term: LoanTerm;
  /** Without dates the first period is 30 days and rows carry no due date. */
  readonly dates?: LoanDates;
}

export interface ScheduleRow {
  readonly number: number;
  readonly dueDate?: IsoDate;
  readonly installment: Money;
  readonly interest: Money;
  readonly amortization: Money;
  /** Balance after this row; zero on the last row. */
  readonly balance: Money;
}

export interface PriceSchedule {
  readonly principal: Money;
  /** The level installment (the last row may differ by the rounding residue). */
  readonly installment: Money;
  readonly totalInterest: Money;
  readonly totalPaid: Money;
  readonly rows: readonly ScheduleRow[];
}

/**
 * The Price (French) amortization schedule of FINANCE.md. Row 1 pays the compound interest of the
 * first period (d1 days); row j > 1 pays R(balance × i); the last row amortizes the whole remaining
 * balance, absorbing every rounding residue. Invariants: amortizations sum to the principal, the
 * last balance is zero, totalPaid = principal + totalInterest. A long first period may make the
 * first amortizations negative (interest capitalised); the invariants still hold.
 *
 * @throws FinanceError INVALID_AMOUNT when the principal is not positive (a caller bug).
 */
export function priceSchedule(input: PriceInput): PriceSchedule {
  const { principal, rate, term, dates } = input;
  if (!principal.isPositive()) throw new FinanceError('INVALID_AMOUNT', 'O valor financiado deve ser maior que zero.', 'principal');
  const n = term.months;
  const d1 = firstPeriodDays(dates);
  const installment = priceInstallment(principal, rate, n, d1);
  const i = rate.scaled();
  const rows: ScheduleRow[] = new Array<ScheduleRow>(n);
  let balance = principal;
  for (let number = 1; number <= n; number++) {
    // Row 1 pays the first period's compound interest; the others a month on the balance.
    const interest = number === 1 ? proRataInterest(principal, rate, d1) : balance.timesRounded(i);
    const last = number === n;
    const amortization = last ? balance : installment.minus(interest);
    balance = balance.minus(amortization);
    rows[number - 1] = {
      number,
      ...(dates ? { dueDate: dates.dueDate(number) } : {}),
      installment: last ? amortization.plus(interest) : installment,
      interest,
      amortization,
      balance,
    };
  }
  const totalPaid = Money.sum(rows.map((row) => row.installment));
  return { principal, installment, totalInterest: totalPaid.minus(principal), totalPaid, rows };
}
