import { divide, int } from '../decimal/dec';
import { Money } from '../money/money';
import { InsuranceParameters } from '../parameters/parameter-types';
import { LoanTerm } from '../schedule/loan-term';

/**
 * Credit-life insurance premium (seed 002 §12.4): R(base × (0.25% + 0.005% × age) × n / 12),
 * age in completed years at the contract date (D-9). Not offered on INSS consignado (D-1).
 */
export function insurancePremium(base: Money, age: number, term: LoanTerm, parameters: InsuranceParameters): Money {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`age must be a non-negative integer: ${age}`);
  const yearly = parameters.baseRate.plus(parameters.ratePerYearOfAge.times(int(age)));
  return Money.round(divide(base.times(yearly).times(int(term.months)), int(12)));
}
