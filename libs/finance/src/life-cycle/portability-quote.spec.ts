import { d, m } from '../../test/support/contracts';
import { unwrap } from '../errors/result';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { PortabilityRequest, portabilityQuote } from './portability-quote';

// R$ 2,000 left at the origin over 10 installments of 230.00, ported at 1.5% a.m. on 2026-05-04, first due 2026-06-04 (31 days).
// Expectations: Python decimal at 60 digits (Price, and the CET root by bisection).
const request = (overrides: Partial<PortabilityRequest> = {}): PortabilityRequest => ({
  balance: m('2000'),
  remainingInstallments: LoanTerm.of(10),
  originInstallment: m('230.00'),
  rate: MonthlyRate.of('0.015'),
  dates: unwrap(LoanDates.create(d('2026-05-04'), d('2026-06-04'))),
  ...overrides,
});

describe('portabilityQuote', () => {
  it.each<[string, Partial<PortabilityRequest>, [number, string, string, string, string, string, string]]>([
    // PMT = R(2000 × 1.015^(1/30) × 0.015 / (1 − 1.015^−10)) = 216.98; last row 216.94; Σ 2169.76;
    // saving 230.00 − 216.98 = 13.02 a month, 2300.00 − 2169.76 = 130.24 in all.
    ['the remaining term (default)', {}, [10, '216.98', '2169.76', '13.02', '130.24', '1.50', '19.56']],
    // 8 months: 267.30 a month (Σ 2138.41) against an origin of 270.00: 2.70 a month, 2700.00 − 2138.41 = 561.59.
    ['a shorter term', { term: LoanTerm.of(8), originInstallment: m('270.00') }, [8, '267.30', '2138.41', '2.70', '561.59', '1.50', '19.57']],
    // Zero rate: 2000 / 10 = 200.00, CET 0.00.
    ['a zero rate', { rate: MonthlyRate.of('0') }, [10, '200.00', '2000.00', '30.00', '300.00', '0.00', '0.00']],
  ])('%s', (_name, overrides, expected) => {
    const q = unwrap(portabilityQuote(request(overrides)));
    expect([q.term.months, ...[q.installment, q.totalPaid, q.installmentSaving, q.totalSaving].map(String), q.monthlyPercent.toFixed(2), q.annualPercent.toFixed(2)]).toEqual(
      expected,
    );
  });

  it.each<[string, Partial<PortabilityRequest>, string]>([
    ['a term over the remaining installments', { term: LoanTerm.of(11) }, 'TERM_EXCEEDS_REMAINING'],
    // 8 months: 267.30 ≥ 230.00.
    ['a shorter term that raises the installment', { term: LoanTerm.of(8) }, 'NO_SAVING'],
    ['an installment equal to the origin\'s', { originInstallment: m('216.98') }, 'NO_SAVING'],
  ])('refuses %s → %s', (_name, overrides, code) => {
    const result = portabilityQuote(request(overrides));
    expect(!result.ok && result.error.code).toBe(code);
  });
});
