import { valuationDate } from './valuation-date';

describe('valuation date of the balance and payoff queries (D-5)', () => {
  // 2026-06-16 01:30 UTC is still 2026-06-15 in Brasília.
  const clock = { now: () => new Date('2026-06-16T01:30:00.000Z') };

  it.each([
    ['2026-06-20', '2026-06-20'],
    ['20/06/2026', '2026-06-20'],
    [undefined, '2026-06-15'],
  ])('%s → %s', (input, expected) => {
    expect(valuationDate(input, clock).toString()).toBe(expected);
  });

  it.each([['2026-02-30'], ['30/02/2026'], ['2026/06/20'], ['20-06-2026'], ['amanhã'], ['']])('refuses %j with 400 CONTRACT.INVALID_DATE', (input) => {
    expect(() => valuationDate(input, clock)).toThrow(expect.objectContaining({ code: 'CONTRACT.INVALID_DATE', message: 'Data inválida em date: use AAAA-MM-DD ou DD/MM/AAAA.' }));
  });
});
