import { brasiliaDay, brl, countBr, dateBr, listBr, percentBr } from './format';

describe('pt-BR formatting of customer messages', () => {
  it.each([
    ['0.5', 'R$ 0,50'],
    ['7', 'R$ 7,00'],
    ['231.24', 'R$ 231,24'],
    ['1234.56', 'R$ 1.234,56'],
    ['1000000.00', 'R$ 1.000.000,00'],
    ['-45.10', '-R$ 45,10'],
  ])('brl(%s) = %s', (amount, expected) => expect(brl(amount)).toBe(expected));

  it('writes dates as DD/MM/AAAA and percents with a comma', () => {
    expect(dateBr('2026-04-10')).toBe('10/04/2026');
    expect(dateBr('2026-12-01T10:00:00.000Z')).toBe('01/12/2026');
    expect(percentBr('26.04')).toBe('26,04%');
  });

  it.each([
    ['2026-03-10T12:00:00.000Z', '2026-03-10'],
    ['2026-03-10T02:59:59.000Z', '2026-03-09'],
    ['2026-03-10T03:00:00.000Z', '2026-03-10'],
    ['2026-01-01T01:00:00.000Z', '2025-12-31'],
  ])('the Brasília day of %s is %s', (instant, day) => expect(brasiliaDay(instant)).toBe(day));

  it('joins lists and counts the Brazilian way', () => {
    expect(listBr(['3'])).toBe('3');
    expect(listBr(['3', '4'])).toBe('3 e 4');
    expect(listBr(['1', '2', '3'])).toBe('1, 2 e 3');
    expect(countBr(1, 'dia', 'dias')).toBe('1 dia');
    expect(countBr(10, 'dia', 'dias')).toBe('10 dias');
  });
});
