import { IsoDate } from '../dates/iso-date';
import { unwrap } from '../errors/result';
import { Money } from '../money/money';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { maxLoan } from '../schedule/max-loan';
import { BorrowingCapacityRequest, borrowingCapacity } from './borrowing-capacity';
import { simulate } from './simulate';

const dates = unwrap(LoanDates.create(IsoDate.of('2026-03-10'), IsoDate.of('2026-04-10')));

describe('borrowingCapacity: the largest amount whose simulated loan fits the margin', () => {
  it.each<[string, Partial<BorrowingCapacityRequest>]>([
    ['INSS, 96 months', { product: 'INSS_CONSIGNADO', term: LoanTerm.of(96) }],
    ['public servant with insurance', { product: 'SERVIDOR_CONSIGNADO', term: LoanTerm.of(72), insurance: true, age: 50 }],
    ['personal, seed IOF', { product: 'PERSONAL', term: LoanTerm.of(24), score: 820, iofMethod: 'SEED_002' }],
  ])('%s', (_name, overrides) => {
    const request = { product: 'INSS_CONSIGNADO', term: LoanTerm.of(96), dates, installmentLimit: Money.of('494.20'), ...overrides } as BorrowingCapacityRequest;
    const capacity = unwrap(borrowingCapacity(request));
    const ceiling = maxLoan({ installment: request.installmentLimit, rate: capacity.monthlyRate, term: request.term, dates }).principal;
    // The amount fits and one more cent does not: the financed principal crosses maxLoan's.
    const at = (amount: Money) => unwrap(simulate({ ...request, amount }));
    expect(at(capacity.amount).financed.lte(ceiling)).toBe(true);
    expect(at(capacity.amount.plus(Money.of('0.01'))).financed.gt(ceiling)).toBe(true);
    expect(capacity.installment.lte(request.installmentLimit)).toBe(true);
    expect(at(capacity.amount).installment.eq(capacity.installment)).toBe(true);
    expect(capacity.financed.eq(capacity.amount.plus(capacity.insurance).plus(capacity.iof))).toBe(true);
  });

  it('reports INSUFFICIENT_MARGIN when nothing fits', () => {
    const result = borrowingCapacity({ product: 'INSS_CONSIGNADO', term: LoanTerm.of(1), dates, installmentLimit: Money.of('0.01') });
    expect(!result.ok && result.error.code).toBe('INSUFFICIENT_MARGIN');
  });

  it('fails with the product rules first', () => {
    const result = borrowingCapacity({ product: 'PERSONAL', score: 100, term: LoanTerm.of(12), dates, installmentLimit: Money.of('500') });
    expect(!result.ok && result.error.code).toBe('SCORE_TOO_LOW');
  });
});
