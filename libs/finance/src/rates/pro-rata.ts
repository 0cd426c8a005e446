import { ONE } from '../decimal/dec';
import { roundGuarded } from '../decimal/guarded-round';
import { Money } from '../money/money';
import { growthOverDays } from './growth';
import { MonthlyRate } from './monthly-rate';

/**
 * Compound interest on a balance over `days` calendar days: R(B × ((1+i)^(d/30) − 1)).
 * Used for the first period of a schedule and for payoff between due dates.
 */
export function proRataInterest(balance: Money, rate: MonthlyRate, days: number): Money {
  if (days === 0 || rate.isZero()) return Money.ZERO;
  return Money.round(roundGuarded((dp) => balance.times(growthOverDays(rate, days, dp).minus(ONE)), 2));
}
