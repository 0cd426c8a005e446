import { divide, int } from '../decimal/dec';
import type { IsoDate } from '../dates/iso-date';
import { Money } from '../money/money';

/** The days a credit-life policy covers: the contract date to the last due date. */
export interface CoveragePeriod {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * The unexpired part of a financed credit-life premium when the contract ends before its term
 * (pro rata temporis, docs/life-cycle.md): R(premium × unexpired days / covered days), the
 * unexpired days running from `date` to the coverage's end (none on or after it, all before it).
 */
export function premiumRefund(premium: Money, coverage: CoveragePeriod, date: IsoDate): Money {
  const covered = coverage.start.daysUntil(coverage.end);
  if (covered <= 0) throw new RangeError(`coverage must end after it starts: ${coverage.start} → ${coverage.end}`);
  const unexpired = Math.min(covered, Math.max(0, date.daysUntil(coverage.end)));
  return Money.round(divide(premium.times(int(unexpired)), int(covered)));
}
