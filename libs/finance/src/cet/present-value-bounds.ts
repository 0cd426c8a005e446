import { Decimal, ONE, RoundingMode, ZERO, dec, divide } from '../decimal/dec';
import { nthRoot, powRounded, tenToMinus } from '../decimal/power';
import { CashFlows } from './cash-flows';

/** -1: f(r) < 0 proven; +1: f(r) > 0 proven; 0: not decided. f(r) = Σ p_j (1+r)^(−d_j/365) − released. */
export type Sign = -1 | 0 | 1;

interface Level {
  /** Places of the discount factor w = (1+r)^(−1/365) and of its powers. */
  readonly wDp: number;
  /** Places of the running present value. */
  readonly accDp: number;
  /** Start w from a float estimate (cheap) instead of a decimal root. */
  readonly floatSeed: boolean;
}

/** Coarse first: almost every sign is proven at the first level; the others are for close calls. */
const LEVELS: readonly Level[] = [
  { wDp: 12, accDp: 8, floatSeed: true },
  { wDp: 26, accDp: 22, floatSeed: false },
  { wDp: 50, accDp: 46, floatSeed: false },
];

const YEAR_DAYS = 365;

/**
 * The sign of f at the annual rate r, proven in decimal interval arithmetic: a certified lower
 * (upper) bound of w, every product rounded down (up), gives a lower (upper) bound of the present
 * value. `expected` is tried first, so the usual case costs one bound. 0 means r is a root to
 * about 45 digits: the caller treats it as an exact tie.
 */
export function signAt(r: Decimal, flows: CashFlows, expected: 1 | -1): Sign {
  if (ONE.plus(r).lte(ZERO)) return 1; // f → +∞ as r → −1
  for (const level of LEVELS) {
    if (proves(r, flows, level, expected)) return expected;
    if (proves(r, flows, level, expected === 1 ? -1 : 1)) return expected === 1 ? -1 : 1;
  }
  return 0;
}

function proves(r: Decimal, flows: CashFlows, level: Level, target: 1 | -1): boolean {
  const mode = target === 1 ? RoundingMode.down : RoundingMode.up;
  const w = discountBound(r, level, target);
  if (w === undefined) return false;
  const pv = presentValueBound(flows, w, level, mode);
  return target === 1 ? pv.gt(flows.released) : pv.lt(flows.released);
}

/** A decimal w with w ≤ (1+r)^(−1/365) (target +1) or w ≥ it (target −1), certified by w^365·(1+r) vs 1. */
function discountBound(r: Decimal, level: Level, target: 1 | -1): Decimal | undefined {
  const onePlusR = ONE.plus(r);
  const estimate = level.floatSeed
    ? dec(Math.exp(-Math.log1p(Number(r.toString())) / YEAR_DAYS).toPrecision(17))
    : divide(ONE, nthRoot(onePlusR, YEAR_DAYS, level.wDp + 8), level.wDp + 8);
  const ulp = tenToMinus(level.wDp);
  const w = target === 1 ? estimate.round(level.wDp, RoundingMode.down).minus(ulp) : estimate.round(level.wDp, RoundingMode.up).plus(ulp);
  if (w.lte(ZERO)) return undefined;
  const wPow = powRounded(w, YEAR_DAYS, level.wDp + 4, target === 1 ? RoundingMode.up : RoundingMode.down).times(onePlusR);
  return (target === 1 ? wPow.lte(ONE) : wPow.gte(ONE)) ? w : undefined;
}

/**
 * Σ p_j w^(d_j) by Horner from the last payment, two payments per step:
 * acc ← acc·w^(g_j + g_(j−1)) + (p_j·w^(g_j + g_(j−1)) + p_(j−1)·w^(g_(j−1))), g the gaps between
 * due dates. Monthly schedules repeat a handful of (gap, gap, amount, amount) pairs, so the
 * pair constants are memoised and big.js does a third fewer operations. Every product is rounded
 * in `mode`; all terms are positive, so the result is a bound in that direction.
 */
function presentValueBound(flows: CashFlows, w: Decimal, level: Level, mode: 0 | 3): Decimal {
  const powers = new Map<number, Decimal>([[0, ONE]]);
  // w^k, from a cached lower power a few steps below when there is one (the month gaps 28..31).
  const power = (k: number): Decimal => {
    let value = powers.get(k);
    if (value !== undefined) return value;
    let base = k - 1;
    while (base > k - 4 && base > 0 && !powers.has(base)) base--;
    value = powers.get(base);
    if (value === undefined || base === 0) value = powRounded(w, k, level.wDp, mode);
    else for (let e = base; e < k; e++) value = value.times(w).round(level.wDp, mode);
    powers.set(k, value);
    return value;
  };
  const { amounts, gaps, amountClass } = flows;
  for (const g of flows.distinctGaps) power(g); // ascending, so each builds on the previous
  const gap = (j: number) => gaps[j];
  const pairs = new Map<string, [Decimal, Decimal]>();
  let acc = ZERO;
  let j = amounts.length - 1;
  if (amounts.length % 2 === 1) {
    acc = amounts[j].times(power(gap(j))).round(level.accDp, mode);
    j--;
  }
  for (; j > 0; j -= 2) {
    const [outer, inner] = [gap(j), gap(j - 1)];
    const key = `${outer},${inner},${amountClass[j]},${amountClass[j - 1]}`;
    let pair = pairs.get(key);
    if (pair === undefined) {
      const factor = power(outer).times(power(inner)).round(level.wDp, mode);
      const constant = amounts[j].times(factor).plus(amounts[j - 1].times(power(inner))).round(level.accDp, mode);
      pair = [factor, constant];
      pairs.set(key, pair);
    }
    acc = acc.times(pair[0]).round(level.accDp, mode).plus(pair[1]);
  }
  return acc;
}
