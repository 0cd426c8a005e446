import { divide, int } from '../decimal/dec';
import { floorGuarded } from '../decimal/guarded-round';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { priceInstallment, unitInstallment } from './installment';
import { LoanDates, firstPeriodDays } from './loan-dates';
import { LoanTerm } from './loan-term';

export interface MaxLoanInput {
  /** The most the borrower can pay per month (e.g. the available margin). */
  readonly installment: Money;
  readonly rate: MonthlyRate;
  readonly term: LoanTerm;
  readonly dates?: LoanDates;
}

export interface MaxLoan {
  /** Largest principal, in cents, whose installment P·K does not exceed the limit. */
  readonly principal: Money;
  /** The (rounded) installment of that principal; never above the limit. */
  readonly installment: Money;
}

/**
 * Inverts the Price installment: the largest P in cents whose installment P·K (K the unit
 * installment) is at most M, i.e. P = ⌊M/K⌋ in cents; with i = 0, ⌊n·M⌋. The comparison uses the
 * unrounded installment, as the vectors and D-2 do (R$ 500 of margin over 96 months at 1.66% lends
 * R$ 23,919.62, whose P·K = 499.99992); comparing the rounded installment instead would admit up
 * to half a cent more per month than the margin.
 */
export function maxLoan(input: MaxLoanInput): MaxLoan {
  const { installment: limit, rate, term, dates } = input;
  const n = term.months;
  const d1 = firstPeriodDays(dates);
  const principal = rate.isZero()
    ? Money.round(limit.times(int(n)))
    : Money.round(floorGuarded((dp) => divide(limit.toDecimal(), unitInstallment(rate, n, d1, dp), dp), 2));
  return { principal, installment: principal.isPositive() ? priceInstallment(principal, rate, n, d1) : Money.ZERO };
}
