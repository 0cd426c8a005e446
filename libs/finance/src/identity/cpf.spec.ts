import { Cpf } from './cpf';

describe('Cpf', () => {
  it.each([
    ['12345678909', '12345678909', '123.456.789-09', '***.456.789-**'],
    ['123.456.789-09', '12345678909', '123.456.789-09', '***.456.789-**'],
    ['01234567890', '01234567890', '012.345.678-90', '***.345.678-**'], // leading zero kept
    ['00000000191', '00000000191', '000.000.001-91', '***.000.001-**'],
    ['529.982.247-25', '52998224725', '529.982.247-25', '***.982.247-**'],
    ['98765432100', '98765432100', '987.654.321-00', '***.654.321-**'], // both check digits 0 (rest 10)
  ])('accepts %s', (input, digits, formatted, masked) => {
    const cpf = Cpf.of(input);
    expect(cpf.toString()).toBe(digits);
    expect(cpf.formatted()).toBe(formatted);
    expect(cpf.mask()).toBe(masked);
    expect(JSON.stringify(cpf)).toBe(`"${digits}"`);
  });

  it.each([
    ['12345678900', 'wrong check digits'],
    ['12345678919', 'wrong first check digit'],
    ['11111111111', 'all digits equal'],
    ['000.000.000-00', 'all digits equal, formatted'],
    ['1234567890', '10 digits'],
    ['123456789091', '12 digits'],
    ['123.456.78909', 'partial punctuation'],
    ['123 456 789 09', 'spaces'],
    ['1234567890a', 'a letter'],
  ])('rejects %s (%s)', (input) => {
    const parsed = Cpf.parse(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'INVALID_CPF', message: 'CPF inválido.' });
  });

  it('rejects a number: leading zeros would be lost', () => {
    expect(Cpf.parse(12345678909).ok).toBe(false);
  });

  it('compares by digits whatever the input format', () => {
    expect(Cpf.of('123.456.789-09').equals(Cpf.of('12345678909'))).toBe(true);
  });
});
