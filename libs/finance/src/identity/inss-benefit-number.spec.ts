import { InssBenefitNumber } from './inss-benefit-number';

describe('InssBenefitNumber', () => {
  it.each([
    ['1234567890', '1234567890', '123.456.789-0', '***.456.789-*'],
    ['012.345.678-9', '0123456789', '012.345.678-9', '***.345.678-*'],
  ])('accepts %s', (input, digits, formatted, masked) => {
    const nb = InssBenefitNumber.of(input);
    expect(nb.toString()).toBe(digits);
    expect(nb.formatted()).toBe(formatted);
    expect(nb.mask()).toBe(masked);
    expect(nb.equals(InssBenefitNumber.of(formatted))).toBe(true);
  });

  it.each(['123456789', '12345678901', '123.456.789-01', 'abcdefghij', ''])('rejects %s', (input) => {
    const parsed = InssBenefitNumber.parse(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('INVALID_BENEFIT_NUMBER');
  });
});
