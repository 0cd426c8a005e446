import { divide } from '../decimal/dec';
import { roundGuarded } from '../decimal/guarded-round';
import { Money } from '../money/money';
import { growthOverDays } from './growth';
import { MonthlyRate } from './monthly-rate';

/**
 * What an amount due in `days` calendar days is worth today at the contract rate:
 * R(amount / (1+i)^(d/30)), the inverse of {@link proRataInterest}'s growth. Used to credit an
 * installment paid ahead of its due date when a contract is valued before then (early settlement
 * with installments paid out of order). Zero days or a zero rate leave the amount unchanged.
 */
export function presentValue(amount: Money, rate: MonthlyRate, days: number): Money {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a non-negative integer: ${days}`);
  if (days === 0 || rate.isZero()) return amount;
  // The growth carries two guard places more than the quotient, which is then as precise as dp.
  return Money.round(roundGuarded((dp) => divide(amount.toDecimal(), growthOverDays(rate, days, dp + 2), dp), 2));
}
