import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { priceInstallment } from '../schedule/installment';

/**
 * The smallest n in 1..maxTerm whose Price installment on `principal` is at most `capacity`, or
 * undefined when even maxTerm does not fit. The rounded installment never rises with n (the unit
 * installment falls strictly for i > 0, P/n falls for i = 0), so a binary search finds it.
 */
export function shortestTerm(principal: Money, rate: MonthlyRate, firstPeriodDays: number, capacity: Money, maxTerm: number): number | undefined {
  const fits = (n: number) => priceInstallment(principal, rate, n, firstPeriodDays).lte(capacity);
  if (!fits(maxTerm)) return undefined;
  let low = 1;
  let high = maxTerm; // fits(high) holds throughout
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle + 1;
  }
  return high;
}
