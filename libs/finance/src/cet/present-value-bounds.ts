import { Decimal, ONE, RoundingMode, ZERO, dec } from '../decimal/dec';
import { inverseNthRoot, powRounded, tenToMinus } from '../decimal/power';
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
    : inverseNthRoot(onePlusR, YEAR_DAYS, level.wDp + 8);
  const ulp = tenToMinus(level.wDp);
  const w = target === 1 ? estimate.round(level.wDp, RoundingMode.down).minus(ulp) : estimate.round(level.wDp, RoundingMode.up).plus(ulp);
  if (w.lte(ZERO)) return undefined;
  const wPow = powRounded(w, YEAR_DAYS, level.wDp + 4, target === 1 ? RoundingMode.up : RoundingMode.down).times(onePlusR);
  return (target === 1 ? wPow.lte(ONE) : wPow.gte(ONE)) ? w : undefined;
}

/**
 * Payments per Horner step. Longer blocks save steps but repeat less (month lengths vary), and a
 * new block costs ~5 operations per payment; two measured fastest on 96-month schedules.
 */
const BLOCK = 2;

/**
 * Σ p_j w^(d_j) by Horner from the last payment, BLOCK payments per step:
 * acc ← acc·w^(g_j + … + g_(j−B+1)) + c, where c = Σ of the block's payments discounted to the
 * block's start and g are the gaps between payments. Monthly schedules repeat a handful of
 * (gaps, amounts) blocks, so each block's factor and constant are memoised and big.js does a
 * fraction of the operations of a plain Horner scheme. Every product is rounded in `mode`; all
 * terms are positive, so the result is a bound in that direction.
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
  for (const g of flows.distinctGaps) power(g); // ascending, so each builds on the previous
  const { amounts, gaps, amountClass } = flows;
  const blocks = new Map<string, [Decimal, Decimal]>();
  const block = (last: number, size: number): [Decimal, Decimal] => {
    let key = '';
    for (let t = last; t > last - size; t--) key += `${gaps[t]}:${amountClass[t]},`;
    let memo = blocks.get(key);
    if (memo === undefined) {
      let factor = power(gaps[last]);
      let constant = amounts[last].times(factor).round(level.accDp, mode);
      for (let t = last - 1; t > last - size; t--) {
        constant = constant.plus(amounts[t]).times(power(gaps[t])).round(level.accDp, mode);
        factor = factor.times(power(gaps[t])).round(level.wDp, mode);
      }
      memo = [factor, constant];
      blocks.set(key, memo);
    }
    return memo;
  };
  let acc = ZERO;
  for (let last = amounts.length - 1; last >= 0; last -= BLOCK) {
    const [factor, constant] = block(last, Math.min(BLOCK, last + 1));
    acc = acc.times(factor).round(level.accDp, mode).plus(constant);
  }
  return acc;
}
