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

/** Extra places carried inside an iteration, for the rounding of its intermediate products. */
const GUARD = 4;

/**
 * a^(−1/n) for a > 0 to `dp` places, by Newton's iteration for the inverse root,
 * z ← z + z·(1 − a·zⁿ)/n, which needs products and a division by the small integer n only (a
 * big.js division by a long divisor is its slowest operation). A float estimate only chooses where
 * the iteration starts (it brackets the root); the loop then runs in decimal until a step is so
 * small that the quadratic convergence (error after ≈ (n+1)/2 · step²) puts the result beyond
 * `dp` places, so the digits never depend on the float.
 */
export function inverseNthRoot(a: Decimal, n: number, dp: number): Decimal {
  return inverseRoot(a, n, dp + GUARD).round(dp, RoundingMode.halfUp);
}

function inverseRoot(a: Decimal, n: number, wdp: number): Decimal {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`root index must be a positive integer: ${n}`);
  if (a.lte(ZERO)) throw new RangeError('a root needs a positive radicand');
  const D = decimalContext(wdp);
  const radicand = new D(a);
  const index = new D(BigInt(n));
  const estimate = Math.pow(Number(a.toPrecision(17)), -1 / n); // float: the starting point only
  let z = Number.isFinite(estimate) && estimate > 0 ? new D(estimate.toPrecision(17)) : new D(ONE);
  const done = tenToMinus(Math.ceil(wdp / 2) + Math.ceil(Math.log10(n + 1)) + 1);
  for (let i = 0; i < 200; i++) {
    const residual = ONE.minus(radicand.times(powRounded(z, n, wdp)).round(wdp, RoundingMode.halfUp));
    const step = z.times(residual).round(wdp, RoundingMode.halfUp).div(index);
    z = z.plus(step).round(wdp, RoundingMode.halfUp);
    if (step.abs().lt(done)) break;
  }
  return z;
}

/**
 * The positive n-th root of a > 0 to `dp` places (half-up): a · a^(−(n−1)/n), from the inverse
 * root. Exact roots (1.21^(1/2) = 1.1) come out exact.
 */
export function nthRoot(a: Decimal, n: number, dp: number): Decimal {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`root index must be a positive integer: ${n}`);
  if (a.lte(ZERO)) throw new RangeError('nthRoot needs a positive radicand');
  if (n === 1) return a.round(dp, RoundingMode.halfUp);
  const wdp = dp + GUARD + Math.ceil(Math.log10(n)); // z^(n−1) multiplies z's error by n − 1
  const root = a.times(powRounded(inverseRoot(a, n, wdp), n - 1, wdp)).round(wdp, RoundingMode.halfUp);
  return exactRoot(root, a, n, dp) ?? root.round(dp, RoundingMode.halfUp);
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
