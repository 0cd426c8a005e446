import { IsoDate } from '../dates/iso-date';
import { unwrap } from '../errors/result';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { SimulationRequest, simulate } from './simulate';

type Overrides = Omit<Partial<SimulationRequest>, 'amount' | 'term' | 'dates'> & { contract: string; firstDue: string; amount: string; term: number };

const request = (overrides: Overrides): SimulationRequest => {
  const { contract, firstDue, amount, term, ...rest } = overrides;
  return {
    product: 'SERVIDOR_CONSIGNADO' as const,
    ...rest,
    amount: Money.of(amount),
    term: LoanTerm.of(term),
    dates: unwrap(LoanDates.create(IsoDate.of(contract), IsoDate.of(firstDue))),
  };
};

// Independent expectations: rate, insurance, IOF gross-up, schedule and CET in Python decimal.
describe('simulate', () => {
  it.each([
    [
      'public servant, 60 months, insurance at 45',
      request({ product: 'SERVIDOR_CONSIGNADO', amount: '25000', term: 60, insurance: true, age: 45, contract: '2026-05-20', firstDue: '2026-06-20' }),
      ['0.0198', '593.75', '851.58', '26445.33', '757.59', '30.05', '2.21'],
      ['2026-06-20', '757.59', '541.25', '216.34', '26228.99'],
      ['2031-05-20', '758.04', '14.72', '743.32', '0.00'],
    ],
    [
      'personal, score 750, month-end dates',
      request({ product: 'PERSONAL', amount: '3000', term: 18, score: 750, contract: '2026-02-28', firstDue: '2026-03-31' }),
      ['0.091156', '0.00', '87.74', '3087.74', '356.42', '199.03', '9.56'],
      ['2026-03-31', '356.42', '291.28', '65.14', '3022.60'],
      ['2027-08-31', '356.27', '29.76', '326.51', '0.00'],
    ],
    [
      'INSS: a configured rate above the cap is lowered to it (1.80% in Feb 2025)',
      request({ product: 'INSS_CONSIGNADO', amount: '8000', term: 96, monthlyRate: MonthlyRate.of('0.02'), contract: '2025-02-10', firstDue: '2025-03-10' }),
      ['0.018', '0.00', '273.00', '8273.00', '181.47', '25.27', '1.90'],
      ['2025-03-10', '181.47', '138.90', '42.57', '8230.43'],
      ['2033-02-10', '182.08', '3.22', '178.86', '0.00'],
    ],
    [
      'personal with the seed IOF and a 2-day grace',
      request({ product: 'PERSONAL', amount: '1500', term: 6, score: 350, iofMethod: 'SEED_002', contract: '2026-01-31', firstDue: '2026-03-02' }),
      ['0.0999', '0.00', '28.21', '1528.21', '350.79', '236.06', '10.63'],
      ['2026-03-02', '350.79', '152.67', '198.12', '1330.09'],
      ['2026-08-02', '350.77', '31.86', '318.91', '0.00'],
    ],
  ])('%s', (_name, req, summary, first, last) => {
    const s = unwrap(simulate(req));
    const row = (r: (typeof s.schedule.rows)[number]) => [r.dueDate?.toString(), r.installment, r.interest, r.amortization, r.balance].map(String);
    expect([s.monthlyRate, s.insurance, s.iof, s.financed, s.installment, s.annualPercent.toFixed(2), s.monthlyPercent.toFixed(2)].map(String)).toEqual(summary);
    expect(row(s.schedule.rows[0])).toEqual(first);
    expect(row(s.schedule.rows[s.schedule.rows.length - 1])).toEqual(last);
    expect(s.financed.eq(Money.of(req.amount.toString()).plus(s.insurance).plus(s.iof))).toBe(true);
  });

  it('records the parameter versions it used (D-1)', () => {
    const s = unwrap(simulate(request({ product: 'INSS_CONSIGNADO', amount: '10000', term: 96, contract: '2026-03-10', firstDue: '2026-04-10' })));
    expect(s.parameterVersions).toEqual(['INSS-CAP-2025-04', 'INSS-TERM-96', 'IOF-PF-0.38-0.0082']);
    expect(s.iofMethod).toBe('DECREE');
  });

  it.each([
    ['insurance on INSS', { product: 'INSS_CONSIGNADO', insurance: true, age: 60, term: 96 }, 'INSURANCE_NOT_ALLOWED'],
    ['INSS 96 months before 2025-02-05', { product: 'INSS_CONSIGNADO', term: 96, contract: '2025-02-04', firstDue: '2025-03-04' }, 'TERM_OUT_OF_RANGE'],
    ['INSS before the parameter history', { product: 'INSS_CONSIGNADO', term: 84, contract: '2024-06-30', firstDue: '2024-07-30' }, 'NO_PARAMETER_IN_FORCE'],
    ['INSS with a first due date 61 days out (D-10)', { product: 'INSS_CONSIGNADO', term: 84, firstDue: '2026-05-10' }, 'GRACE_TOO_LONG'],
    ['public servant over 92 months', { term: 93 }, 'TERM_OUT_OF_RANGE'],
    ['public servant with 61 days of grace', { term: 36, firstDue: '2026-06-10' }, 'GRACE_TOO_LONG'],
    ['public servant reaching 80', { term: 36, age: 77 }, 'AGE_LIMIT_EXCEEDED'],
    ['personal reaching 75', { product: 'PERSONAL', score: 700, term: 12, age: 74 }, 'AGE_LIMIT_EXCEEDED'],
    ['personal with a low score', { product: 'PERSONAL', score: 200, term: 12 }, 'SCORE_TOO_LOW'],
    ['personal without a score', { product: 'PERSONAL', term: 12 }, 'INVALID_INPUT'],
    ['personal over 30 months', { product: 'PERSONAL', score: 900, term: 31 }, 'TERM_OUT_OF_RANGE'],
    ['insurance without an age', { term: 36, insurance: true }, 'INVALID_INPUT'],
  ] as const)('refuses %s', (_name, overrides, code) => {
    const result = simulate(request({ amount: '10000', contract: '2026-03-10', firstDue: '2026-04-10', ...overrides }));
    expect(!result.ok && result.error.code).toBe(code);
  });
});

// D-10: an INSS first due date up to 60 days after the contract is the payroll calendar, not grace;
// interest accrues over the first period. R$ 10,000 over 96 months at 1.85% from 2026-03-10 (Python decimal:
// IOF gross-up, Price on F, row 1 interest R(F × (1.0185^(d1/30) − 1)), CET).
describe('simulate: the INSS first due date follows the payroll calendar (D-10)', () => {
  it.each([
    [30, '2026-04-09', '341.87', '10341.87', '231.09', '191.32', '26.04'],
    [45, '2026-04-24', '345.01', '10345.01', '233.29', '288.40', '26.04'],
    [60, '2026-05-09', '347.95', '10347.95', '235.51', '386.42', '26.02'],
  ])('%i days after the contract (%s): accepted, the first period accrues', (_days, firstDue, iof, financed, installment, firstInterest, cetAnnual) => {
    const s = unwrap(simulate(request({ product: 'INSS_CONSIGNADO', amount: '10000', term: 96, contract: '2026-03-10', firstDue })));
    expect([s.iof, s.financed, s.installment, s.schedule.rows[0].interest].map(String)).toEqual([iof, financed, installment, firstInterest]);
    expect(s.annualPercent.toFixed(2)).toBe(cetAnnual);
  });

  it('61 days after the contract is grace, which INSS does not allow', () => {
    const result = simulate(request({ product: 'INSS_CONSIGNADO', amount: '10000', term: 96, contract: '2026-03-10', firstDue: '2026-05-10' }));
    expect(result.ok ? 'ok' : [result.error.code, result.error.message]).toEqual([
      'GRACE_TOO_LONG',
      'O consignado INSS não admite carência: o primeiro vencimento deve ocorrer em até 60 dias da data do contrato (calendário de pagamento do benefício).',
    ]);
  });
});
