import { Decimal, ONE, RoundingMode, WORK_DP, dec } from './dec';

const HALF = dec('0.5');
const scales = new Map<number, Decimal>();
/** 10^k as a Decimal (memoised: parsing is the costly part of small big.js operations). */
function power10(k: number): Decimal {
  let value = scales.get(k);
  if (value === undefined) {
    value = dec(`1e${k}`);
    scales.set(k, value);
  }
  return value;
}

/** Digits of the first attempt that are not trusted when deciding a rounding. */
const MARGIN = 12;

/**
 * Rounds half-up to `places` a value that can only be computed approximately (it involves a
 * fractional power or a division). `compute(dp)` must return the value with a relative error far
 * below 10^-(dp−12) (its factors carry about `dp` places). It is computed at `firstDp`; only when it
 * lies within |value|·10^-(firstDp−12) of a rounding tie is it recomputed at twice WORK_DP, and a
 * value still that close is taken as an exact tie (half-up). So the rounding decision is exact for
 * every input short of an astronomically close call.
 */
export function roundGuarded(compute: (dp: number) => Decimal, places: number, firstDp = WORK_DP): Decimal {
  let value = compute(firstDp);
  if (nearTie(value, places, firstDp - MARGIN)) {
    value = compute(2 * WORK_DP);
    if (nearTie(value, places, 2 * WORK_DP - MARGIN)) {
      return value.round(places + 1, RoundingMode.halfUp).round(places, RoundingMode.halfUp);
    }
  }
  return value.round(places, RoundingMode.halfUp);
}

/**
 * Rounds down (towards zero) to `places` a positive value known only approximately (same contract
 * as {@link roundGuarded}), treating a value within |value|·10^-(2·WORK_DP−12) of a step as exactly
 * on it (the step is then included). Used to invert an inequality such as P·K ≤ M into P ≤ M/K
 * without losing the equality case.
 */
export function floorGuarded(compute: (dp: number) => Decimal, places: number): Decimal {
  let value = compute(WORK_DP);
  if (nearStep(value, places, WORK_DP - MARGIN)) {
    value = compute(2 * WORK_DP);
    if (nearStep(value, places, 2 * WORK_DP - MARGIN)) return value.round(places, RoundingMode.halfUp);
  }
  return value.round(places, RoundingMode.down);
}

/**
 * Fractional part of |value| × 10^places, and the tolerance in those units: 10^-toleranceDp
 * relative to the value's magnitude (at least 1), since a product with a large amount carries
 * its factor's relative error.
 */
function fractionOf(value: Decimal, places: number, toleranceDp: number): [Decimal, Decimal] {
  const scaled = value.abs().times(power10(places));
  const magnitude = Math.max(0, value.e + 1);
  return [scaled.minus(scaled.round(0, RoundingMode.down)), power10(places + magnitude - toleranceDp)];
}

function nearTie(value: Decimal, places: number, toleranceDp: number): boolean {
  const [fraction, tolerance] = fractionOf(value, places, toleranceDp);
  return fraction.minus(HALF).abs().lt(tolerance);
}

function nearStep(value: Decimal, places: number, toleranceDp: number): boolean {
  const [fraction, tolerance] = fractionOf(value, places, toleranceDp);
  return fraction.lt(tolerance) || ONE.minus(fraction).lt(tolerance);
}
