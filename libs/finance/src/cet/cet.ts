import { Result, ok } from '../errors/result';
import { Decimal, HUNDRED, ONE, RoundingMode, ZERO, dec, maxOf, minOf } from '../decimal/dec';
import { CetInput, CashFlows, toCashFlows } from './cash-flows';
import { approximateAnnualRate } from './float-bracket';
import { signAt } from './present-value-bounds';

export interface Cet {
  /** Annual CET in percent, two decimals, half-even (ABNT NBR 5891). */
  readonly annualPercent: Decimal;
  /** Monthly CET (1+r)^(1/12) − 1 in percent, two decimals, half-even. */
  readonly monthlyPercent: Decimal;
}

const HALF_STEP = dec('0.005');
const STEP = dec('0.01');
const PERCENT = dec('0.01');

/**
 * Custo Efetivo Total (Res. CMN 3.517/2007): the annual r with
 * released = Σ payment_j / (1+r)^((date_j − release)/365), shown rounded half-even to 0.01%.
 * A float root proposes both rounded percentages; each is then proven in decimal by the sign of
 * the present-value equation at the rounding boundaries around it (f falls as r rises), and
 * corrected a step at a time if the proof fails. A root exactly on a boundary is a tie: half-even.
 */
export function cet(input: CetInput): Result<Cet> {
  const parsed = toCashFlows(input);
  if (!parsed.ok) return parsed;
  const flows = parsed.value;
  const r = dec(approximateAnnualRate(flows).toPrecision(17));
  let annual = r.times(HUNDRED).round(2, RoundingMode.halfEven);
  let monthly = monthlyOf(r);
  // Fast path: one interval inside both rounding intervals needs only two proofs.
  const low = maxOf(annualBoundary(annual.minus(HALF_STEP)), monthlyBoundary(monthly.minus(HALF_STEP)));
  const high = minOf(annualBoundary(annual.plus(HALF_STEP)), monthlyBoundary(monthly.plus(HALF_STEP)));
  const proven = low.lt(high) && signAt(low, flows, 1) === 1 && signAt(high, flows, -1) === -1;
  if (!proven) {
    annual = settle(annual, annualBoundary, flows);
    monthly = settle(monthly, monthlyBoundary, flows);
  }
  return ok({ annualPercent: withoutNegativeZero(annual), monthlyPercent: withoutNegativeZero(monthly) });
}

function monthlyOf(r: Decimal): Decimal {
  const m = Math.expm1(Math.log1p(Number(r.toString())) / 12);
  return dec(m.toPrecision(17)).times(HUNDRED).round(2, RoundingMode.halfEven);
}

/** The annual rate at which the annual percentage equals p. */
const annualBoundary = (p: Decimal): Decimal => p.times(PERCENT);
/** The annual rate at which the monthly percentage equals p: (1 + p/100)^12 − 1, exact. */
const monthlyBoundary = (p: Decimal): Decimal => ONE.plus(p.times(PERCENT)).pow(12).minus(ONE);

/** Moves the candidate percentage until the root is proven inside its rounding interval. */
function settle(candidate: Decimal, boundary: (p: Decimal) => Decimal, flows: CashFlows): Decimal {
  let q = candidate;
  for (let guard = 0; guard < 10_000; guard++) {
    const below = signAt(boundary(q.minus(HALF_STEP)), flows, 1);
    if (below === -1) {
      q = q.minus(STEP);
      continue;
    }
    if (below === 0) return evenOf(q.minus(STEP), q);
    const above = signAt(boundary(q.plus(HALF_STEP)), flows, -1);
    if (above === 1) {
      q = q.plus(STEP);
      continue;
    }
    if (above === 0) return evenOf(q, q.plus(STEP));
    return q;
  }
  throw new Error('CET: the rounded percentage did not settle');
}

/** Half-even between two neighbouring hundredths: the one whose last digit is even. */
const evenOf = (a: Decimal, b: Decimal): Decimal => (a.times(HUNDRED).mod(dec('2')).eq(dec('0')) ? a : b);

/** big.js keeps the sign of a rounded zero ("-0.00"); a rate of zero is shown as "0.00". */
const withoutNegativeZero = (x: Decimal): Decimal => (x.eq(ZERO) ? ZERO : x);
