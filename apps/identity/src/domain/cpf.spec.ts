import { isValidCpf, normalizeCpf } from './cpf';

describe('CPF check digits', () => {
  it.each(['52998224725', '529.982.247-25', '11144477735', '00000000191'])('accepts %s', (cpf) => {
    expect(isValidCpf(cpf)).toBe(true);
  });

  it.each([
    ['a wrong first check digit', '52998224735'],
    ['a wrong second check digit', '52998224726'],
    ['all digits equal (passes mod 11)', '11111111111'],
    ['10 digits', '5299822472'],
    ['12 digits', '529982247250'],
    ['letters', '5299822472a'],
    ['empty', ''],
  ])('refuses %s', (_why, cpf) => {
    expect(isValidCpf(cpf)).toBe(false);
  });

  it('normalizes the usual punctuation away', () => {
    expect(normalizeCpf('529.982.247-25')).toBe('52998224725');
  });
});
