import { IsoDate, daysInMonth } from './iso-date';

describe('IsoDate.parse', () => {
  it.each(['2026-03-10', '2024-02-29', '2000-02-29', '1900-01-01', '2999-12-31'])('accepts %s', (text) => {
    const parsed = IsoDate.parse(text);
    expect(parsed.ok && parsed.value.toString()).toBe(text);
  });

  it.each([
    '2026-02-30',
    '2023-02-29',
    '1900-02-29', // not a leap year: divisible by 100, not by 400
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-3-10',
    '10/03/2026',
    '2026-03-10T00:00:00Z',
    '1899-12-31',
    '',
  ])('rejects %s with INVALID_DATE', (text) => {
    const parsed = IsoDate.parse(text, 'firstDueDate');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'INVALID_DATE', field: 'firstDueDate' });
  });

  it.each([20260310, null, undefined, {}])('rejects the non-string %p', (value) => {
    expect(IsoDate.parse(value).ok).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-01-31', 2, '2024-03-31'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-03-10', -3, '2025-12-10'],
    ['2026-03-10', 0, '2026-03-10'],
  ])('%s plus %i months is %s (day kept, clamped to month end)', (from, months, expected) => {
    expect(IsoDate.of(from).plusMonths(months).toString()).toBe(expected);
  });

  it.each([
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2100-02-28', '2100-03-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2026-03-10', '2026-03-10', 0],
    ['2026-03-10', '2026-03-09', -1],
  ])('%s → %s is %i days', (a, b, days) => {
    expect(IsoDate.of(a).daysUntil(IsoDate.of(b))).toBe(days);
  });

  it.each([
    ['1970-01-01', 0],
    ['2000-03-01', 11017],
    ['2026-03-10', 20522],
    ['1900-01-01', -25567],
    ['2999-12-31', 376199],
  ])('%s is epoch day %i and back', (text, epochDay) => {
    const date = IsoDate.of(text);
    expect(date.epochDay).toBe(epochDay);
    expect(IsoDate.fromEpochDay(epochDay).toString()).toBe(text);
  });

  it('adds days across a leap day and compares', () => {
    const leap = IsoDate.of('2028-02-28');
    expect(leap.plusDays(1).toString()).toBe('2028-02-29');
    expect(leap.plusDays(2).toString()).toBe('2028-03-01');
    expect(leap.isBefore(leap.plusDays(1))).toBe(true);
    expect(leap.isAfter(leap)).toBe(false);
    expect(leap.equals(IsoDate.of('2028-02-28'))).toBe(true);
    expect(JSON.stringify({ d: leap })).toBe('{"d":"2028-02-28"}');
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('IsoDate.parseIsoOrBrazilian (D-5)', () => {
  it.each([
    ['2026-09-11', '2026-09-11'],
    ['11/09/2026', '2026-09-11'],
    ['29/02/2028', '2028-02-29'],
  ])('%s → %s', (input, iso) => {
    const parsed = IsoDate.parseIsoOrBrazilian(input);
    expect(parsed.ok && parsed.value.toString()).toBe(iso);
  });

  it.each(['31/02/2026', '2026-02-30', '11/9/2026', '11-09-2026', 20260911])('refuses %p naming both formats', (input) => {
    const parsed = IsoDate.parseIsoOrBrazilian(input, 'paymentDate');
    expect(parsed.ok ? 'ok' : [parsed.error.code, parsed.error.message]).toEqual(['INVALID_DATE', 'Data inválida em paymentDate: use AAAA-MM-DD ou DD/MM/AAAA.']);
  });
});
