import Big from 'big.js';

/** A big.js value. Every amount and rate in this library is one of these, never a JS number. */
export type Decimal = Big;

/** big.js rounding modes, named. */
export const RoundingMode = { down: 0, halfUp: 1, halfEven: 2, up: 3 } as const;
export type RoundingMode = (typeof RoundingMode)[keyof typeof RoundingMode];

/**
 * Decimal places kept by divisions, roots and rounded products in ordinary computations: 33
 * significant digits for the factors near 1 that rates produce, far beyond what a cent needs
 * (16 digits cover R$ 10^12 to the cent). Close calls are re-decided at twice this precision
 * (guarded-round.ts), and big.js costs grow quickly with digits, so more would only be slower.
 */
export const WORK_DP = 32;

const constructors = new Map<number, Big.BigConstructor>();

/**
 * A big.js constructor of this library whose divisions keep `dp` decimal places. Each is isolated
 * from the global `Big` (big.js applies the settings of the constructor that created the receiver),
 * so consumers that configure `Big.DP` are never affected, and vice versa. `strict` rejects JS
 * numbers as values: a float can never slip into an amount.
 */
export function decimalContext(dp: number): Big.BigConstructor {
  let ctor = constructors.get(dp);
  if (!ctor) {
    ctor = Big();
    ctor.DP = dp;
    ctor.RM = RoundingMode.halfUp;
    ctor.NE = -1e6; // never print exponential notation
    ctor.PE = 1e6;
    ctor.strict = true;
    constructors.set(dp, ctor);
  }
  return ctor;
}

/** The library's default constructor (WORK_DP places). */
export const Dec = decimalContext(WORK_DP);

/** Parses a trusted decimal literal (or copies a Decimal) into the library's constructor. */
export const dec = (value: string | bigint | Decimal): Decimal => new Dec(value);

const smallInts: Decimal[] = [];

/** An integer (term, days, age…) as a Decimal; throws on anything but a safe integer. Small ones are memoised. */
export function int(value: number): Decimal {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  if (value < 0 || value > 1000) return new Dec(BigInt(value));
  let cached = smallInts[value];
  if (cached === undefined) {
    cached = new Dec(BigInt(value));
    smallInts[value] = cached;
  }
  return cached;
}

export const ZERO = dec('0');
export const ONE = dec('1');
export const HUNDRED = dec('100');

/** x rounded half-up to `places` decimals (ABNT rounding of money: half away from zero). */
export const roundHalfUp = (x: Decimal, places: number): Decimal => x.round(places, RoundingMode.halfUp);

/** x rounded half-even to `places` decimals (ABNT NBR 5891, used for displayed percentages). */
export const roundHalfEven = (x: Decimal, places: number): Decimal => x.round(places, RoundingMode.halfEven);

export const maxOf = (a: Decimal, b: Decimal): Decimal => (a.gte(b) ? a : b);
export const minOf = (a: Decimal, b: Decimal): Decimal => (a.lte(b) ? a : b);

/** a / b to `dp` places, half-up (big.js divides with the receiver constructor's DP). */
export const divide = (a: Decimal, b: Decimal, dp: number = WORK_DP): Decimal => new (decimalContext(dp))(a).div(b);
