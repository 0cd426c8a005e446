import { Decimal, dec } from './dec';

const HALF_UNIT = new Map<number, Decimal>();
function halfUnit(places: number): Decimal {
  let half = HALF_UNIT.get(places);
  if (!half) {
    half = dec(`5e-${places + 1}`);
    HALF_UNIT.set(places, half);
  }
  return half;
}

/**
 * a / b rounded half-up to `places`, decided exactly (b > 0, a ≥ 0). The 40-place division
 * proposes a result c; c is right iff (c − ½ulp)·b ≤ a < (c + ½ulp)·b, which big.js checks with
 * exact products. A quotient on a tie (DTI 0.25005 → 0.2501) therefore always rounds up, whatever
 * digits the division dropped.
 */
export function roundedQuotient(a: Decimal, b: Decimal, places: number): Decimal {
  const ulp = halfUnit(places).times(dec('2'));
  let c = a.div(b).round(places, 1);
  while (c.minus(halfUnit(places)).times(b).gt(a)) c = c.minus(ulp);
  while (c.plus(halfUnit(places)).times(b).lte(a)) c = c.plus(ulp);
  return c;
}
