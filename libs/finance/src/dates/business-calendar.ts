import { IsoDate } from './iso-date';

/** A national holiday of Brazil: its date and its name in Portuguese. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
}

/** [month, day, name, first year it is a national holiday]. */
const FIXED: ReadonlyArray<readonly [number, number, string, number]> = [
  [1, 1, 'Confraternização Universal', 0],
  [4, 21, 'Tiradentes', 0],
  [5, 1, 'Dia do Trabalho', 0],
  [9, 7, 'Independência do Brasil', 0],
  [10, 12, 'Nossa Senhora Aparecida', 0],
  [11, 2, 'Finados', 0],
  [11, 15, 'Proclamação da República', 0],
  // Lei 14.759/2023: national from 2024 on.
  [11, 20, 'Dia Nacional de Zumbi e da Consciência Negra', 2024],
  [12, 25, 'Natal', 0],
];

/** Days from Easter Sunday. Carnival is an optional point by law, but banks close (no clearing). */
const MOVABLE: ReadonlyArray<readonly [number, string]> = [
  [-48, 'Carnaval (segunda-feira)'],
  [-47, 'Carnaval (terça-feira)'],
  [-2, 'Sexta-feira Santa'],
  [60, 'Corpus Christi'],
];

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, integers only). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return IsoDate.of(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** Brazil's national bank holidays of a year, in date order. */
export function brazilianHolidays(year: number): Holiday[] {
  const fixed = FIXED.filter(([, , , since]) => year >= since).map(([month, day, name]) => ({
    date: IsoDate.of(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
    name,
  }));
  const easter = easterSunday(year);
  const movable = MOVABLE.map(([offset, name]) => ({ date: easter.plusDays(offset), name }));
  return [...fixed, ...movable].sort((x, y) => x.date.epochDay - y.date.epochDay);
}

const holidaysByYear = new Map<number, ReadonlySet<number>>();

function isHoliday(date: IsoDate): boolean {
  let days = holidaysByYear.get(date.year);
  if (!days) {
    days = new Set(brazilianHolidays(date.year).map((h) => h.date.epochDay));
    holidaysByYear.set(date.year, days);
  }
  return days.has(date.epochDay);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, epoch day 0, was a Thursday). */
function weekday(date: IsoDate): number {
  return (((date.epochDay + 4) % 7) + 7) % 7;
}

/** Monday to Friday and not a national holiday (what interbank deadlines count). */
export function isBusinessDay(date: IsoDate): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isHoliday(date);
}

/**
 * The n-th business day after `date` (before it when n < 0); n = 0 gives `date` itself, business
 * day or not. "Answer within 5 business days of a request on Friday" = addBusinessDays(friday, 5).
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`business days must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(n); left > 0; ) {
    current = current.plusDays(step);
    if (isBusinessDay(current)) left -= 1;
  }
  return current;
}

/**
 * Business days in (from, to], so businessDaysBetween(d, addBusinessDays(d, n)) = n for n ≥ 0;
 * when `to` is before `from`, minus the business days in (to, from].
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  if (to.isBefore(from)) return -businessDaysBetween(to, from);
  let count = 0;
  for (let day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) if (isBusinessDay(day)) count += 1;
  return count;
}
