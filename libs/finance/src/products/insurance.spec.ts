import { Money } from '../money/money';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import { LoanTerm } from '../schedule/loan-term';
import { insurancePremium } from './insurance';

const parameters = DEFAULT_PARAMETERS.insurance.latest().value;

describe('insurancePremium: R(base × (0.25% + 0.005% × age) × n / 12)', () => {
  it.each([
    ['25000', 45, 60, '593.75'],
    ['1000', 18, 6, '1.70'],
    ['12345.67', 79, 12, '79.63'],
    ['100', 30, 1, '0.03'],
  ])('%s, age %i, %i months → %s', (base, age, months, premium) => {
    expect(insurancePremium(Money.of(base), age, LoanTerm.of(months), parameters).toString()).toBe(premium);
  });

  it('refuses a fractional age', () => {
    expect(() => insurancePremium(Money.of('100'), 30.5, LoanTerm.of(12), parameters)).toThrow(RangeError);
  });
});
