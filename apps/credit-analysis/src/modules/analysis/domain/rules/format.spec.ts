import { dec, Money, MonthlyRate } from '@consignado/finance';
import { ageAtEnd, brl, percent, share } from './format';

describe('pt-BR formatting of reasons', () => {
  it.each([
    ['0.00', 'R$ 0,00'],
    ['231.24', 'R$ 231,24'],
    ['1000.00', 'R$ 1.000,00'],
    ['1234567.89', 'R$ 1.234.567,89'],
  ])('brl(%s) = %s', (amount, text) => expect(brl(Money.of(amount))).toBe(text));

  it.each([
    ['0.0185', '1,85%'],
    ['0.018', '1,80%'],
    ['0.097413', '9,7413%'],
  ])('percent(%s) = %s', (rate, text) => expect(percent(MonthlyRate.of(rate))).toBe(text));

  it.each([
    ['0.30', '30%'],
    ['0.355', '35,5%'],
  ])('share(%s) = %s', (fraction, text) => expect(share(dec(fraction))).toBe(text));

  it.each([
    [72, 96, '80 anos e 0 meses'],
    [71, 95, '78 anos e 11 meses'],
  ])('ageAtEnd(%i, %i) = %s', (age, term, text) => expect(ageAtEnd(age, term)).toBe(text));
});
