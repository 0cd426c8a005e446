import { Decimal, ONE, ZERO, divide, int } from '../decimal/dec';
import { roundGuarded } from '../decimal/guarded-round';
import { Money } from '../money/money';
import { IofParameters } from '../parameters/parameter-types';
import { growthOverDays } from '../rates/growth';
import { MonthlyRate } from '../rates/monthly-rate';
import { unitInstallment } from '../schedule/installment';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';

/** DECREE: Decreto 6.306/2007 art. 7, per installment (default, D-7). SEED_002: seed 002 §12.5. */
export type IofMethod = 'DECREE' | 'SEED_002';
export const IOF_METHODS: readonly IofMethod[] = ['DECREE', 'SEED_002'];

export interface IofInput {
  /** The amount released to the borrower. */
  readonly base: Money;
  /** Other amounts financed with it (e.g. insurance); IOF is charged on them too under DECREE. */
  readonly financedExtras?: Money;
  readonly rate: MonthlyRate;
  readonly term: LoanTerm;
  readonly dates: LoanDates;
  readonly method?: IofMethod;
}

export interface Iof {
  readonly iof: Money;
  /** Principal of the schedule: base + financed extras + IOF. */
  readonly financed: Money;
}

/** IOF of a loan, financed with it (FINANCE.md). */
export function iof(input: IofInput, parameters: IofParameters): Iof {
  const extras = input.financedExtras ?? Money.ZERO;
  if ((input.method ?? 'DECREE') === 'SEED_002') {
    const days = Math.min(input.dates.contractDate.daysUntil(input.dates.dueDate(input.term.months)), parameters.maxDays);
    const rate = parameters.fixedRate.plus(parameters.dailyRate.times(int(days)));
    const tax = Money.round(input.base.times(rate));
    return { iof: tax, financed: input.base.plus(tax).plus(extras) };
  }
  const gross = input.base.plus(extras);
  const financed = Money.round(
    roundGuarded((dp) => divide(gross.toDecimal(), ONE.minus(decreeFactor(input.rate, input.term, input.dates, parameters, dp)), dp), 2),
  );
  return { iof: financed.minus(gross), financed };
}

/**
 * f = 0.38% + 0.0082% × Σ a_j × min(days to due date j, 365): the IOF per unit of financed
 * principal, where a_j is row j's unrounded amortization per unit (a Price schedule of 1 with the
 * same rate, term and dates). Once the day count reaches the cap, the remaining amortizations
 * add up to the unit balance still open, so the loop stops there (≤ 13 rows).
 */
export function decreeFactor(rate: MonthlyRate, term: LoanTerm, dates: LoanDates, parameters: IofParameters, dp: number): Decimal {
  const n = term.months;
  const i = rate.toDecimal();
  const unit = unitInstallment(rate, n, dates.firstPeriodDays, dp + 5);
  let balance = ONE;
  let weighted = ZERO;
  for (let j = 1; j <= n; j++) {
    const days = dates.contractDate.daysUntil(dates.dueDate(j));
    if (days >= parameters.maxDays || j === n) {
      weighted = weighted.plus(balance.times(int(Math.min(days, parameters.maxDays))));
      break;
    }
    const interest = j === 1 ? growthOverDays(rate, dates.firstPeriodDays, dp + 5).minus(ONE) : balance.times(i);
    const amortization = unit.minus(interest).round(dp + 5, 1);
    weighted = weighted.plus(amortization.times(int(days)));
    balance = balance.minus(amortization);
  }
  return parameters.fixedRate.plus(parameters.dailyRate.times(weighted)).round(dp + 5, 1);
}
