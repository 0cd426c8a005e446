import { brl, dateBr, percentBr } from './format';

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
});
