import { Decimal, ONE, ZERO, int } from '../decimal/dec';
import { reciprocal } from '../decimal/power';
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

/** Places of the first attempt at the IOF factor: ample for cents, and the guard rechecks close calls. */
const FIRST_DP = 24;

/** IOF of a loan, financed with it (FINANCE.md). */
export function iof(input: IofInput, parameters: IofParameters): Iof {
  const extras = input.financedExtras ?? Money.ZERO;
  if ((input.method ?? 'DECREE') === 'SEED_002') {
    const days = Math.min(input.dates.contractDate.daysUntil(input.dates.dueDate(input.term.months)), parameters.maxDays);
    const tax = input.base.timesRounded(parameters.fixedRate.plus(parameters.dailyRate.times(int(days))));
    return { iof: tax, financed: input.base.plus(tax).plus(extras) };
  }
  // F = R((base + extras) / (1 − f)): the IOF on F is itself financed (gross-up).
  const gross = input.base.plus(extras);
  const financed = Money.round(roundGuarded((dp) => gross.times(grossUpFactor(input, parameters, dp)), 2, FIRST_DP));
  return { iof: financed.minus(gross), financed };
}

/**
 * 1/(1 − f) to `dp` places, memoised per parameters, rate, term and dates: the simulations of one
 * day and product share it, and then financing an amount costs one product.
 */
function grossUpFactor(input: IofInput, parameters: IofParameters, dp: number): Decimal {
  const key = `${input.rate.toString()}|${input.term.months}|${input.dates.contractDate.epochDay}|${input.dates.firstDueDate.epochDay}|${dp}`;
  let memo = grossUps.get(parameters);
  if (memo === undefined) {
    memo = new Map();
    grossUps.set(parameters, memo);
  }
  let factor = memo.get(key);
  if (factor === undefined) {
    factor = reciprocal(ONE.minus(decreeFactor(input.rate, input.term, input.dates, parameters, dp)), dp);
    if (memo.size >= CACHE_LIMIT) memo.clear();
    memo.set(key, factor);
  }
  return factor;
}

const grossUps = new WeakMap<IofParameters, Map<string, Decimal>>();
const CACHE_LIMIT = 1024;

/**
 * f = 0.38% + 0.0082% × Σ a_j × min(D_j, 365): the IOF per unit of financed principal, where a_j
 * is row j's unrounded amortization per unit (a Price schedule of 1 with the same rate, term and
 * dates) and D_j the days from the contract to due date j. The a_j add up to 1, so
 * Σ a_j·min(D_j, 365) = 365 − Σ_{D_j<365} a_j·(365 − D_j): only the first year's rows count.
 * From row 2 on a_j = a_2·q^(j−2) with q = 1+i, so that sum is a_1·c_1 + a_2·Σ c_j·q^(j−2) with
 * integer c_j = 365 − D_j, a polynomial in q evaluated exactly by Horner (q has few digits).
 */
export function decreeFactor(rate: MonthlyRate, term: LoanTerm, dates: LoanDates, parameters: IofParameters, dp: number): Decimal {
  const cap = parameters.maxDays;
  const weights: number[] = []; // c_j = cap − D_j while D_j < cap
  for (let j = 1; j <= term.months; j++) {
    const days = dates.contractDate.daysUntil(dates.dueDate(j));
    if (days >= cap) break;
    weights.push(cap - days);
  }
  const unit = unitInstallment(rate, term.months, dates.firstPeriodDays, dp + 5);
  const firstInterest = growthOverDays(rate, dates.firstPeriodDays, dp + 5).minus(ONE);
  const a1 = unit.minus(firstInterest);
  let shortfall = weights.length > 0 ? a1.times(int(weights[0])) : ZERO;
  if (weights.length > 1) {
    const q = ONE.plus(rate.toDecimal());
    const a2 = unit.minus(ONE.minus(a1).times(rate.toDecimal()));
    let horner = int(weights[weights.length - 1]);
    for (let k = weights.length - 2; k >= 1; k--) horner = horner.times(q).plus(int(weights[k]));
    shortfall = shortfall.plus(a2.times(horner));
  }
  const weighted = int(cap).minus(shortfall);
  return parameters.fixedRate.plus(parameters.dailyRate.times(weighted)).round(dp + 5, 1);
}
