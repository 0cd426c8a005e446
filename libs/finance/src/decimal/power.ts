import { Decimal, ONE, RoundingMode, ZERO, dec, decimalContext, divide } from './dec';

/**
 * x^k for an integer k ≥ 0 by repeated squaring, every product rounded to `dp` places with `mode`.
 * With x > 0 and a directed mode (down/up) the result is a certified lower/upper bound of x^k.
 */
export function powRounded(x: Decimal, k: number, dp: number, mode: RoundingMode = RoundingMode.halfUp): Decimal {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`exponent must be a non-negative integer: ${k}`);
  let result = ONE;
  let base = x;
  for (let e = k; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) result = result.times(base).round(dp, mode);
    if (e > 1) base = base.times(base).round(dp, mode);
  }
  return result;
}

const GUARD = 10;

/**
 * The positive n-th root of a > 0 to `dp` places (half-up), by Newton's iteration on yⁿ = a in
 * decimal. A float estimate only chooses where the iteration starts (it brackets the root); each
 * step then doubles the correct digits, and the loop stops on a decimal criterion, so the result
 * does not depend on the float. Exact roots (1.21^(1/2) = 1.1) come out exact.
 */
export function nthRoot(a: Decimal, n: number, dp: number): Decimal {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`root index must be a positive integer: ${n}`);
  if (a.lte(ZERO)) throw new RangeError('nthRoot needs a positive radicand');
  if (n === 1) return a.round(dp, RoundingMode.halfUp);
  const wdp = dp + GUARD;
  const D = decimalContext(wdp);
  const radicand = new D(a);
  const index = new D(BigInt(n));
  const indexLess1 = new D(BigInt(n - 1));
  const tolerance = tenToMinus(wdp - 2);
  let y = seed(radicand, n, D);
  for (let i = 0; i < 200; i++) {
    const next = y.times(indexLess1).plus(radicand.div(powRounded(y, n - 1, wdp))).div(index).round(wdp);
    const step = next.minus(y).abs();
    y = next;
    if (step.lt(tolerance)) break;
  }
  return exactRoot(y, radicand, n, dp) ?? y.round(dp, RoundingMode.halfUp);
}

function seed(a: Decimal, n: number, D: ReturnType<typeof decimalContext>): Decimal {
  // Float is used only here, to bracket the root for Newton's start.
  const estimate = Math.pow(Number(a.toPrecision(17)), 1 / n);
  if (Number.isFinite(estimate) && estimate > 0) return new D(estimate.toPrecision(17));
  return new D(ONE).plus(a.minus(ONE).div(BigInt(n))); // Bernoulli: 1 + (a−1)/n ≥ root
}

/** A short candidate whose n-th power is exactly `a` is the exact root (keeps ties exact). */
function exactRoot(y: Decimal, a: Decimal, n: number, dp: number): Decimal | undefined {
  const candidate = y.round(dp - 5, RoundingMode.halfUp);
  if (candidate.c.length > 12 || candidate.c.length * n > 6000) return undefined;
  return candidate.pow(n).eq(a) ? candidate : undefined;
}

/**
 * a^(num/den) for integers num ≥ 0, den ≥ 1, to `dp` places: a^⌊num/den⌋ · (ᵈᵉⁿ√a)^(num mod den).
 * An integer exponent never takes a root, so e.g. (1+i)^(30/30) is exactly 1+i.
 */
export function rationalPow(a: Decimal, num: number, den: number, dp: number, root?: Decimal): Decimal {
  const whole = Math.floor(num / den);
  const rest = num % den;
  const wholePart = powRounded(a, whole, dp + GUARD);
  if (rest === 0) return wholePart.round(dp, RoundingMode.halfUp);
  const r = root ?? nthRoot(a, den, dp + GUARD);
  return wholePart.times(powRounded(r, rest, dp + GUARD)).round(dp, RoundingMode.halfUp);
}

/**
 * 1/x to `dp` places (x > 0) by Newton's iteration y ← y(2 − xy), which needs only products: a
 * big.js division by a long divisor costs far more. A float estimate picks the start (it brackets
 * the root of xy = 1); the decimal iteration decides the digits: once a step is below half the
 * target digits, quadratic convergence makes the next iterate exact to `dp`.
 */
export function reciprocal(x: Decimal, dp: number): Decimal {
  if (x.lte(ZERO)) throw new RangeError('reciprocal needs a positive number');
  const wdp = dp + GUARD;
  const estimate = 1 / Number(x.toPrecision(17));
  let y = Number.isFinite(estimate) && estimate > 0 ? new (decimalContext(wdp))(estimate.toPrecision(17)) : divide(ONE, x, wdp);
  const halfway = tenToMinus(Math.ceil(wdp / 2) + 2);
  for (let i = 0; i < 100; i++) {
    const next = y.times(TWO.minus(x.times(y).round(wdp, RoundingMode.halfUp))).round(wdp, RoundingMode.halfUp);
    const small = next.minus(y).abs().lt(halfway);
    y = next;
    if (small) return y.times(TWO.minus(x.times(y).round(wdp, RoundingMode.halfUp))).round(dp, RoundingMode.halfUp);
  }
  return y.round(dp, RoundingMode.halfUp);
}

const TWO = dec('2');
const negativePowers = new Map<number, Decimal>();
/** 10^−k (memoised). */
export function tenToMinus(k: number): Decimal {
  let value = negativePowers.get(k);
  if (value === undefined) {
    value = dec(`1e-${k}`);
    negativePowers.set(k, value);
  }
  return value;
}
