import { Decimal, ONE, WORK_DP, divide, int } from '../decimal/dec';
import { roundGuarded } from '../decimal/guarded-round';
import { powRounded, reciprocal } from '../decimal/power';
import { Money } from '../money/money';
import { growthOverDays } from '../rates/growth';
import { MonthlyRate } from '../rates/monthly-rate';

const CACHE_LIMIT = 2048;
const unitCache = new Map<string, Decimal>();

/**
 * The unrounded installment per unit of principal,
 * K = (1+i)^(d1/30 − 1) · i / (1 − (1+i)^−n), computed as (1+i)^(d1/30) · i / ((1+i)(1 − 1/g))
 * with g = (1+i)^n. Memoised (rate, n, d1, dp).
 */
export function unitInstallment(rate: MonthlyRate, months: number, firstPeriodDays: number, dp: number = WORK_DP): Decimal {
  const key = `${rate.toString()}|${months}|${firstPeriodDays}|${dp}`;
  let unit = unitCache.get(key);
  if (unit === undefined) {
    unit = computeUnit(rate, months, firstPeriodDays, dp);
    if (unitCache.size >= CACHE_LIMIT) unitCache.clear();
    unitCache.set(key, unit);
  }
  return unit;
}

function computeUnit(rate: MonthlyRate, months: number, firstPeriodDays: number, dp: number): Decimal {
  const i = rate.toDecimal();
  if (rate.isZero()) return divide(ONE, int(months), dp);
  const wdp = dp + 10 + rate.leadingPlaces; // 1 − (1+i)^−n is as small as n·i
  const onePlus = ONE.plus(i);
  // 1 − (1+i)^−n from g = (1+i)^n: for huge g its reciprocal vanishes harmlessly, whereas
  // dividing by g − 1 would underflow at a fixed number of places.
  const g = powRounded(onePlus, months, wdp);
  const annuity = onePlus.times(ONE.minus(reciprocal(g, wdp))).round(wdp, 1);
  // Reciprocals by Newton (products only) are much cheaper in big.js than long divisions.
  return growthOverDays(rate, firstPeriodDays, wdp).times(i).times(reciprocal(annuity, wdp)).round(dp, 1);
}

/**
 * The Price installment PMT = R(P × K); with i = 0, R(P / n). The rounding decision is exact
 * (guarded), so a true half-cent always rounds up.
 */
export function priceInstallment(principal: Money, rate: MonthlyRate, months: number, firstPeriodDays: number): Money {
  if (rate.isZero()) return Money.round(divide(principal.toDecimal(), int(months)));
  return Money.round(roundGuarded((dp) => principal.times(unitInstallment(rate, months, firstPeriodDays, dp)), 2));
}
