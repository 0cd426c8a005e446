import { Decimal, ONE, WORK_DP } from '../decimal/dec';
import { nthRoot, rationalPow } from '../decimal/power';
import { MonthlyRate } from './monthly-rate';

const DAYS_PER_MONTH = 30;
const CACHE_LIMIT = 512;
const dailyRoots = new Map<string, Decimal>();

/**
 * (1+i)^(1/30) to `dp` places, memoised per rate and precision: the root is the one costly step
 * of every pro-rata computation, and a product has few distinct rates.
 */
export function dailyFactor(rate: MonthlyRate, dp: number = WORK_DP): Decimal {
  const key = `${rate.toString()}|${dp}`;
  let root = dailyRoots.get(key);
  if (!root) {
    root = nthRoot(ONE.plus(rate.toDecimal()), DAYS_PER_MONTH, dp);
    if (dailyRoots.size >= CACHE_LIMIT) dailyRoots.clear();
    dailyRoots.set(key, root);
  }
  return root;
}

/**
 * Compound growth over `days` calendar days: (1+i)^(days/30), to `dp` places. Whole months
 * (days a multiple of 30) are computed without any root, hence exactly.
 */
export function growthOverDays(rate: MonthlyRate, days: number, dp: number = WORK_DP): Decimal {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer: ${days}`);
  if (rate.isZero()) return ONE;
  // q^(d mod 30) loses < 2 places; the result minus 1 is as small as the rate.
  const root = days % DAYS_PER_MONTH === 0 ? undefined : dailyFactor(rate, dp + 2 + rate.leadingPlaces);
  return rationalPow(ONE.plus(rate.toDecimal()), days, DAYS_PER_MONTH, dp, root);
}
