import { civilDateInBrazil } from '@consignado/finance';

/** CDC art. 49: the consumer may withdraw within 7 days of contracting. */
export const REGRET_WINDOW_DAYS = 7;

/** Calendar days are Brazilian civil days, whatever the server's zone. */
export const civilDate = civilDateInBrazil;

/**
 * True when the right of regret asked at `requestedAt` falls within 7 calendar days of the
 * activation: the activation day is day 0, day 7 is the last day in the window, day 8 is out.
 * The request time is the customer's (recorded by the channel), so a slow pipeline never costs
 * the customer the right.
 */
export function withinRegretWindow(activatedAt: Date, requestedAt: Date): boolean {
  return civilDate(activatedAt).daysUntil(civilDate(requestedAt)) <= REGRET_WINDOW_DAYS;
}
