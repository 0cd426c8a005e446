import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const BRAZILIAN = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** Days in a month of the proleptic Gregorian calendar (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil; integer arithmetic only). */
function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * A calendar date without time or zone (ISO `YYYY-MM-DD`). Loan dates are civil dates: counting
 * days between them must never depend on the machine's time zone or daylight saving.
 */
export class IsoDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    /** Days since 1970-01-01, for day counts and comparisons. */
    readonly epochDay: number,
  ) {}

  /** Strict ISO parse: rejects 2026-02-30, 2026-2-3, times and years outside 1900..2999. */
  static parse(input: unknown, field = 'date'): Result<IsoDate> {
    const m = typeof input === 'string' ? ISO.exec(input) : null;
    if (m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        return ok(IsoDate.from(year, month, day));
      }
    }
    return err(new FinanceError('INVALID_DATE', `Data inválida em ${field}: use AAAA-MM-DD.`, field));
  }

  /**
   * ISO-8601, or DD/MM/AAAA as the seeds write dates (D-5), to a real calendar date; the error
   * names both formats.
   */
  static parseIsoOrBrazilian(input: unknown, field = 'date'): Result<IsoDate> {
    const br = typeof input === 'string' ? BRAZILIAN.exec(input) : null;
    const parsed = IsoDate.parse(br ? `${br[3]}-${br[2]}-${br[1]}` : input, field);
    return parsed.ok ? parsed : err(new FinanceError('INVALID_DATE', `Data inválida em ${field}: use AAAA-MM-DD ou DD/MM/AAAA.`, field));
  }

  /** Parses a trusted literal; throws FinanceError when it is not a valid date. */
  static of(input: string): IsoDate {
    const parsed = IsoDate.parse(input);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  }

  private static from(year: number, month: number, day: number): IsoDate {
    return new IsoDate(year, month, day, epochDayOf(year, month, day));
  }

  /** This date plus k months, keeping the day and clamping to the month's end (Jan 31 + 1 = Feb 28/29). */
  plusMonths(k: number): IsoDate {
    const index = this.year * 12 + (this.month - 1) + k;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    return IsoDate.from(year, month, Math.min(this.day, daysInMonth(year, month)));
  }

  /** This date plus k calendar days. */
  plusDays(k: number): IsoDate {
    return IsoDate.fromEpochDay(this.epochDay + k);
  }

  static fromEpochDay(epochDay: number): IsoDate {
    // Inverse of epochDayOf (Hinnant's civil_from_days).
    const z = epochDay + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    return IsoDate.from(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
  }

  /** Calendar days from this date to `other` (negative when `other` is earlier). */
  daysUntil(other: IsoDate): number {
    return other.epochDay - this.epochDay;
  }

  isBefore(other: IsoDate): boolean {
    return this.epochDay < other.epochDay;
  }

  isAfter(other: IsoDate): boolean {
    return this.epochDay > other.epochDay;
  }

  equals(other: IsoDate): boolean {
    return this.epochDay === other.epochDay;
  }

  toString(): string {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
