import type { IsoDate } from '@consignado/finance';
import { civilDateInBrazil } from '@consignado/finance';

/** CDC art. 49: seven calendar days to regret a contract, counted from the day after activation. */
export const REGRET_DAYS = 7;

/** Last civil day (Brazil's time) on which the right of regret may be exercised. */
export function regretDeadline(activatedAt: Date): IsoDate {
  return civilDateInBrazil(activatedAt).plusDays(REGRET_DAYS);
}

export function withinRegretWindow(activatedAt: Date, today: IsoDate): boolean {
  return !today.isAfter(regretDeadline(activatedAt));
}
