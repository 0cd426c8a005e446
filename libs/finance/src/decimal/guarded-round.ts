import { Decimal, RoundingMode, WORK_DP, dec } from './dec';

const HALF = dec('0.5');

/**
 * Rounds half-up to `places` a value that can only be computed approximately (it involves a
 * fractional power). `compute(dp)` must return the value accurate to about `dp` places. The value
 * is computed at WORK_DP; only when it lies within 10^-(dp-12) of a rounding tie is it recomputed
 * at twice the precision, and a value still that close is taken as an exact tie (half-up). So the
 * rounding decision is exact for every input short of an astronomically close call.
 */
export function roundGuarded(compute: (dp: number) => Decimal, places: number): Decimal {
  let value = compute(WORK_DP);
  if (nearTie(value, places, WORK_DP - 12)) {
    value = compute(2 * WORK_DP);
    if (nearTie(value, places, 2 * WORK_DP - 12)) {
      return value.round(places + 1, RoundingMode.halfUp).round(places, RoundingMode.halfUp);
    }
  }
  return value.round(places, RoundingMode.halfUp);
}

function nearTie(value: Decimal, places: number, toleranceDp: number): boolean {
  const scaled = value.abs().times(dec(`1e${places}`));
  const fraction = scaled.minus(scaled.round(0, RoundingMode.down));
  return fraction.minus(HALF).abs().lt(dec(`1e-${toleranceDp - places}`));
}

/**
 * Rounds down (towards zero) to `places` a positive value known only approximately, treating a
 * value within 10^-(2·WORK_DP−12) of a step as exactly on it (the step is then included). Used to
 * invert an inequality such as P·K ≤ M into P ≤ M/K without losing the equality case.
 */
export function floorGuarded(compute: (dp: number) => Decimal, places: number): Decimal {
  let value = compute(WORK_DP);
  if (nearStep(value, places, WORK_DP - 12)) {
    value = compute(2 * WORK_DP);
    if (nearStep(value, places, 2 * WORK_DP - 12)) return value.round(places, RoundingMode.halfUp);
  }
  return value.round(places, RoundingMode.down);
}

function nearStep(value: Decimal, places: number, toleranceDp: number): boolean {
  const scaled = value.abs().times(dec(`1e${places}`));
  const fraction = scaled.minus(scaled.round(0, RoundingMode.down));
  const tolerance = dec(`1e-${toleranceDp - places}`);
  return fraction.lt(tolerance) || dec('1').minus(fraction).lt(tolerance);
}
