import Big from 'big.js';

/** A big.js value: every amount, ratio and rate of this library, never a JS number. */
export type Decimal = Big;

/**
 * The library's own constructor, isolated from the global `Big` (consumers may configure that
 * one). `strict` makes a JS number passed as a value throw, so a float cannot slip in; divisions
 * keep 40 places, and every rounding that matters is re-checked exactly (quotient.ts).
 */
const Dec = Big();
Dec.DP = 40;
Dec.RM = 1; // half-up
Dec.NE = -1e6; // never print exponential notation
Dec.PE = 1e6;
Dec.strict = true;

/** Parses a trusted decimal literal. */
export const dec = (value: string): Decimal => new Dec(value);

/** Parses untrusted text; null when big.js rejects it. */
export function tryDec(value: string): Decimal | null {
  try {
    return new Dec(value);
  } catch {
    return null;
  }
}

/** A tally (records, months) as a Decimal. */
export const count = (n: number): Decimal => new Dec(String(n));

export const ZERO = dec('0');
export const ONE = dec('1');

/** Half-up rounding (PROFILE.md D-3): r2 for money, r4 for ratios and rates. */
export const r2 = (x: Decimal): Decimal => x.round(2, 1);
export const r4 = (x: Decimal): Decimal => x.round(4, 1);

export const minOf = (a: Decimal, b: Decimal): Decimal => (a.lte(b) ? a : b);
export const maxOf = (a: Decimal, b: Decimal): Decimal => (a.gte(b) ? a : b);

/** fmt(x): the shortest plain decimal of a rounded value (0.5200 → "0.52"). */
export const fmt = (x: Decimal): string => x.toString();

/** A rounded value as the JSON number the contract prints (display only, never computed on). */
export const toJson = (x: Decimal): number => Number(x.toString());
