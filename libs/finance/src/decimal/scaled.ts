import { Decimal } from './dec';

/** A Decimal as an exact integer and a power of ten: value = units × 10^power. */
export interface Scaled {
  readonly units: bigint;
  readonly power: number;
}

/** Exact conversion (big.js keeps sign, exponent and digits; no rounding happens). */
export function toScaled(x: Decimal): Scaled {
  const digits = x.c.join('');
  const units = BigInt(digits) * BigInt(x.s);
  return { units, power: x.e + 1 - digits.length };
}

const POWERS: bigint[] = [];
/** 10^k as a bigint (memoised). */
export function tenTo(k: number): bigint {
  let value = POWERS[k];
  if (value === undefined) {
    value = 10n ** BigInt(k);
    POWERS[k] = value;
  }
  return value;
}

/** n / d rounded half away from zero (d > 0): the money rounding of D-3 on integers. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
  return n < 0n ? -q : q;
}

/** units × 10^power × factor rounded half-up to an integer (exact). */
export function scaleRoundHalfUp(n: bigint, factor: Scaled): bigint {
  const product = n * factor.units;
  return factor.power >= 0 ? product * tenTo(factor.power) : divRoundHalfUp(product, tenTo(-factor.power));
}
