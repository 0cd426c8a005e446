import { Decimal, ONE, ZERO, dec } from '../decimal/dec';
import { inverseNthRoot } from '../decimal/power';
import { tenTo, toScaled } from '../decimal/scaled';
import { CashFlows } from './cash-flows';
import { Direction, multiply, power, toUnits } from './fixed-point';

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
  { wDp: 15, accDp: 12, floatSeed: true },
  { wDp: 30, accDp: 28, floatSeed: false },
  { wDp: 60, accDp: 58, floatSeed: false },
];

const YEAR_DAYS = 365;

/**
 * The sign of f at the annual rate r, proven in decimal interval arithmetic: a certified lower
 * (upper) bound of w, every product rounded down (up), gives a lower (upper) bound of the present
 * value. `expected` is tried first, so the usual case costs one bound. 0 means r is a root to
 * about 55 digits: the caller treats it as an exact tie.
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
  const direction: Direction = target === 1 ? 'down' : 'up';
  const w = discountBound(r, level, direction);
  if (w === undefined) return false;
  const pv = presentValueBound(flows, w, level, direction);
  const released = flows.releasedCents * tenTo(level.accDp - 2);
  return target === 1 ? pv > released : pv < released;
}

/**
 * A w (units of 10^-wDp) with w ≤ (1+r)^(−1/365) when rounding down, w ≥ it when rounding up,
 * certified exactly: w^365·(1+r) ≤ 1 (resp. ≥ 1) with w^365 bounded the other way.
 */
function discountBound(r: Decimal, level: Level, direction: Direction): bigint | undefined {
  const onePlusR = ONE.plus(r);
  const estimate = level.floatSeed
    ? dec(Math.exp(-Math.log1p(Number(r.toString())) / YEAR_DAYS).toPrecision(17))
    : inverseNthRoot(onePlusR, YEAR_DAYS, level.wDp + 8);
  const w = direction === 'down' ? toUnits(estimate, level.wDp, 'down') - 1n : toUnits(estimate, level.wDp, 'up') + 1n;
  if (w <= 0n) return undefined;
  const places = level.wDp + 4;
  const wPow = power(w * tenTo(4), YEAR_DAYS, places, direction === 'down' ? 'up' : 'down');
  const { units, power: exponent } = toScaled(onePlusR); // 1 + r = units × 10^exponent, exactly
  const left = exponent >= 0 ? wPow * units * tenTo(exponent) : wPow * units;
  const one = exponent >= 0 ? tenTo(places) : tenTo(places - exponent);
  return (direction === 'down' ? left <= one : left >= one) ? w : undefined;
}

/** Σ p_j w^(d_j) by Horner from the last payment, every product rounded in `direction`. */
function presentValueBound(flows: CashFlows, w: bigint, level: Level, direction: Direction): bigint {
  const powers = new Map<number, bigint>();
  const factor = (gap: number): bigint => {
    let value = powers.get(gap);
    if (value === undefined) {
      value = power(w, gap, level.wDp, direction);
      powers.set(gap, value);
    }
    return value;
  };
  const toAcc = tenTo(level.accDp - 2);
  let acc = 0n;
  for (let j = flows.amountCents.length - 1; j >= 0; j--) {
    acc = multiply(acc + flows.amountCents[j] * toAcc, factor(flows.gaps[j]), level.wDp, direction);
  }
  return acc;
}
