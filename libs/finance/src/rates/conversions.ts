import { Decimal, ONE } from '../decimal/dec';
import { roundGuarded } from '../decimal/guarded-round';
import { dailyFactor } from './growth';
import { MonthlyRate } from './monthly-rate';

/** Places of the displayed daily rate (FINANCE.md: 12, half-up). */
export const DAILY_RATE_PLACES = 12;
/** Places of the displayed annual rate (FINANCE.md: 6, half-up). */
export const ANNUAL_RATE_PLACES = 6;

/** Equivalent daily rate (1+i)^(1/30) − 1, rounded half-up to 12 places. */
export function dailyRate(rate: MonthlyRate): Decimal {
  if (rate.isZero()) return rate.toDecimal();
  return roundGuarded((dp) => dailyFactor(rate, dp).minus(ONE), DAILY_RATE_PLACES);
}

/** Equivalent annual rate (1+i)^12 − 1 (an exact integer power), rounded half-up to 6 places. */
export function annualRate(rate: MonthlyRate): Decimal {
  return ONE.plus(rate.toDecimal()).pow(12).minus(ONE).round(ANNUAL_RATE_PLACES, 1);
}
