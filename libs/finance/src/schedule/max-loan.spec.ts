import { IsoDate } from '../dates/iso-date';
import { unwrap } from '../errors/result';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from './loan-dates';
import { LoanTerm } from './loan-term';
import { maxLoan } from './max-loan';

// Independent expectations: ⌊M / K⌋ in cents with Python decimal at 60 digits.
describe('maxLoan', () => {
  it.each<[string, string, number, number | undefined, string, string]>([
    ['700', '0.0185', 84, undefined, '29724.50', '700.00'],
    ['300', '0.0214', 92, undefined, '12020.26', '300.00'],
    ['1000', '0', 10, undefined, '10000.00', '1000.00'],
    ['250.55', '0.02', 1, undefined, '245.63', '250.54'], // one month: each cent of P moves PMT by 1.02 cents
    ['494.20', '0.018', 96, 40, '22369.41', '494.20'], // 40-day first period
    ['1000', '0.99', 480, undefined, '1010.10', '1000.00'], // (1+i)^n ≈ 10^143: no underflow
    ['1000', '0.5', 480, 45, '1632.99', '1000.00'],
  ])('installment %s at %s over %i months (d1 %p)', (limit, rate, term, d1, principal, installment) => {
    const contract = IsoDate.of('2026-03-10');
    const dates = d1 === undefined ? undefined : unwrap(LoanDates.create(contract, contract.plusDays(d1)));
    const result = maxLoan({ installment: Money.of(limit), rate: MonthlyRate.of(rate), term: LoanTerm.of(term), dates });
    expect([result.principal.toString(), result.installment.toString()]).toEqual([principal, installment]);
  });

  it('gives zero when not even a cent fits', () => {
    const result = maxLoan({ installment: Money.of('0.01'), rate: MonthlyRate.of('0.99'), term: LoanTerm.of(1) });
    expect([result.principal.toString(), result.installment.toString()]).toEqual(['0.00', '0.00']);
  });
});
