import type { IsoDate } from '@consignado/finance';

/**
 * Completed years on a date (D-9): the years since birth, minus one until the birthday of that
 * year is reached. Someone born on 29 February completes a year on 1 March in common years.
 */
export function completedYears(birthDate: IsoDate, on: IsoDate): number {
  const years = on.year - birthDate.year;
  const birthdayReached = on.month > birthDate.month || (on.month === birthDate.month && on.day >= birthDate.day);
  return birthdayReached ? years : years - 1;
}
