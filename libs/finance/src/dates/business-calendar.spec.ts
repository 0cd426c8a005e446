import { addBusinessDays, brazilianHolidays, businessDaysBetween, easterSunday, isBusinessDay } from './business-calendar';
import { IsoDate } from './iso-date';

const d = IsoDate.of;

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('%i → %s', (year, date) => expect(easterSunday(year).toString()).toBe(date));
});

describe('brazilianHolidays (national bank holidays)', () => {
  it.each([
    [2025, ['01-01', '03-03', '03-04', '04-18', '04-21', '05-01', '06-19', '09-07', '10-12', '11-02', '11-15', '11-20', '12-25']],
    [2026, ['01-01', '02-16', '02-17', '04-03', '04-21', '05-01', '06-04', '09-07', '10-12', '11-02', '11-15', '11-20', '12-25']],
    [2027, ['01-01', '02-08', '02-09', '03-26', '04-21', '05-01', '05-27', '09-07', '10-12', '11-02', '11-15', '11-20', '12-25']],
  ])('%i', (year, days) => {
    expect(brazilianHolidays(year).map((h) => h.date.toString())).toEqual(days.map((md) => `${year}-${md}`));
  });

  it('names them in Portuguese', () => {
    const names = Object.fromEntries(brazilianHolidays(2026).map((h) => [h.date.toString(), h.name]));
    expect(names['2026-04-03']).toBe('Sexta-feira Santa');
    expect(names['2026-06-04']).toBe('Corpus Christi');
    expect(names['2026-02-17']).toBe('Carnaval (terça-feira)');
  });

  it('has Consciência Negra (Nov 20) only from 2024, when it became national', () => {
    expect(brazilianHolidays(2023).map((h) => h.date.toString())).not.toContain('2023-11-20');
    expect(brazilianHolidays(2024).map((h) => h.date.toString())).toContain('2024-11-20');
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2025-03-03', false], // Carnival Monday
    ['2025-03-04', false], // Carnival Tuesday
    ['2025-03-05', true], // Ash Wednesday: banks open (late)
    ['2025-04-18', false], // Good Friday
    ['2025-04-21', false], // Tiradentes, a Monday
    ['2025-06-19', false], // Corpus Christi
    ['2025-11-20', false], // Consciência Negra, a Thursday
    ['2025-11-21', true],
    ['2026-09-07', false], // Independência, a Monday
    ['2026-09-05', false], // Saturday
    ['2026-09-06', false], // Sunday
    ['2026-09-08', true],
    ['2027-12-24', true], // Christmas Eve is not a national holiday
    ['2027-12-25', false],
  ])('%s → %s', (date, expected) => expect(isBusinessDay(d(date))).toBe(expected));
});

describe('addBusinessDays', () => {
  it.each([
    ['2025-02-28', 5, '2025-03-11'], // Friday before Carnival: skips the weekend and Mon/Tue of Carnival
    ['2025-04-17', 1, '2025-04-22'], // Good Friday, weekend and Tiradentes skipped
    ['2025-06-18', 2, '2025-06-23'], // Corpus Christi on Thursday
    ['2025-12-31', 1, '2026-01-02'],
    ['2026-09-04', 1, '2026-09-08'], // Friday before Independência on Monday
    ['2026-11-19', 1, '2026-11-23'], // Nov 20 is a Friday in 2026
    ['2027-03-25', 1, '2027-03-29'], // Thursday before Good Friday
    ['2027-02-05', 3, '2027-02-12'], // Carnival 2027
    ['2026-03-14', 1, '2026-03-16'], // from a Saturday: the next Monday
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-03-14', 0, '2026-03-14'], // n = 0 keeps the date, even a Saturday
    ['2025-03-05', -1, '2025-02-28'], // backwards over Carnival
  ])('%s + %i business days = %s', (from, n, expected) => {
    expect(addBusinessDays(d(from), n).toString()).toBe(expected);
  });

  it('refuses a fractional count', () => {
    expect(() => addBusinessDays(d('2026-03-10'), 1.5)).toThrow(RangeError);
  });
});

describe('businessDaysBetween', () => {
  it.each([
    ['2025-02-28', '2025-03-11', 5],
    ['2025-04-17', '2025-04-22', 1],
    ['2026-03-10', '2026-03-10', 0],
    ['2026-03-13', '2026-03-15', 0], // Friday to Sunday
    ['2025-03-11', '2025-02-28', -5],
    ['2025-01-01', '2025-12-31', 252], // 261 weekdays in 2025 minus the 9 holidays that fall on one
  ])('(%s, %s] has %i', (from, to, n) => expect(businessDaysBetween(d(from), d(to))).toBe(n));

  it('inverts addBusinessDays over every start day of 2025–2027', () => {
    for (let day = d('2025-01-01'); day.isBefore(d('2027-12-01')); day = day.plusDays(1)) {
      for (const n of [1, 2, 5]) expect(businessDaysBetween(day, addBusinessDays(day, n))).toBe(n);
    }
  });
});
