import { DEFAULT_PARAMETERS, IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, unwrap } from '@consignado/finance';
import type { DomainError } from '@consignado/core';
import { quoteLoan } from '../../domain/loan-quote';
import { ProductPricing } from '../../domain/product-pricing';
import type { SimulationCommand } from '../../domain/simulation-command';
import { simulationView } from './simulation.view';

const dates = unwrap(LoanDates.create(IsoDate.of('2026-03-10'), IsoDate.of('2026-04-10')));
const pricing = new ProductPricing(DEFAULT_PARAMETERS);
/** The quote as the channel reads it. */
const quote = (command: SimulationCommand, prices: ProductPricing) => simulationView(quoteLoan(command, prices));
const base: SimulationCommand = { product: 'INSS_CONSIGNADO', amount: Money.of('10000.00'), term: LoanTerm.of(96), withInsurance: false, dates };

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}

/** Expected values are FINANCE.md's independent vectors (shared/spec/vectors/finance.json). */
describe('loan quote (R-PR-3)', () => {
  it.each([
    ['INSS 10,000 / 96 at 1.85%', { monthlyRate: MonthlyRate.of('0.0185') }, ['0.0185', '0.00', '342.09', '10342.09', '231.24', '1.95', '26.04']],
    ['INSS without a rate: the 2026 cap (1.85%)', {}, ['0.0185', '0.00', '342.09', '10342.09', '231.24', '1.95', '26.04']],
    ['servant 36 months with insurance at 52', { product: 'SERVIDOR_CONSIGNADO', term: LoanTerm.of(36), withInsurance: true, birthDate: IsoDate.of('1973-06-01') }, ['0.0186', '153.00', '317.30', '10470.30', '401.85', '2.14', '29.00']],
    ['personal score 500, seed IOF', { product: 'PERSONAL', amount: Money.of('5000.00'), term: LoanTerm.of(12), score: 500, iofMethod: 'SEED_002' }, ['0.097413', '0.00', '168.65', '5168.65', '751.31', '10.42', '228.61']],
  ] as const)('%s', (_name, overrides, expected) => {
    const view = quote({ ...base, ...overrides } as SimulationCommand, pricing);
    expect([view.monthlyRate, view.insurance, view.iof, view.financed, view.installment, view.cetMonthlyPercent, view.cetAnnualPercent]).toEqual(expected);
  });

  it('returns the full table with due dates', () => {
    const view = quote({ ...base, monthlyRate: MonthlyRate.of('0.0185') }, pricing);
    expect(view.schedule).toHaveLength(96);
    expect(view.schedule[0]).toEqual({ number: 1, dueDate: '2026-04-10', installment: '231.24', interest: '197.77', amortization: '33.47', balance: '10308.62' });
    expect(view.schedule[95]).toMatchObject({ number: 96, dueDate: '2034-03-10', balance: '0.00' });
  });

  it('uses the configured INSS product rate when none is quoted', () => {
    expect(quote(base, new ProductPricing(DEFAULT_PARAMETERS, MonthlyRate.of('0.0166'))).monthlyRate).toBe('0.0166');
  });

  it.each([
    ['a quoted INSS rate above the cap in force', { monthlyRate: MonthlyRate.of('0.0186') }, 'PRICING.RATE_ABOVE_CAP'],
    ['the 2024 cap (1.66%) for a 2024 contract', { monthlyRate: MonthlyRate.of('0.018'), dates: unwrap(LoanDates.create(IsoDate.of('2024-08-01'), IsoDate.of('2024-09-01'))), term: LoanTerm.of(84) }, 'PRICING.RATE_ABOVE_CAP'],
    ['a quoted rate on a servant loan', { product: 'SERVIDOR_CONSIGNADO', term: LoanTerm.of(36), monthlyRate: MonthlyRate.of('0.018') }, 'PRICING.INVALID_RATE_FOR_PRODUCT'],
    ['INSS beyond 96 months', { term: LoanTerm.of(97) }, 'FINANCE.TERM_OUT_OF_RANGE'],
    ['insurance on INSS', { withInsurance: true, birthDate: IsoDate.of('1960-01-01') }, 'FINANCE.INSURANCE_NOT_ALLOWED'],
    ['insurance without a birth date', { product: 'PERSONAL', score: 700, term: LoanTerm.of(12), withInsurance: true }, 'SIMULATION.INVALID_BIRTH_DATE'],
    ['a personal loan without a score', { product: 'PERSONAL', term: LoanTerm.of(12) }, 'FINANCE.INVALID_INPUT'],
    ['a personal loan with score 200', { product: 'PERSONAL', term: LoanTerm.of(12), score: 200 }, 'FINANCE.SCORE_TOO_LOW'],
    ['a servant aged 79 over 36 months (D-9)', { product: 'SERVIDOR_CONSIGNADO', term: LoanTerm.of(36), birthDate: IsoDate.of('1946-03-10') }, 'FINANCE.AGE_LIMIT_EXCEEDED'],
    ['an INSS contract before the parameter history', { dates: unwrap(LoanDates.create(IsoDate.of('2024-01-10'), IsoDate.of('2024-02-10'))) }, 'FINANCE.NO_PARAMETER_IN_FORCE'],
  ] as const)('refuses %s', (_name, overrides, code) => {
    const error = refusal(() => quote({ ...base, ...overrides } as SimulationCommand, pricing));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[a-zà-ú]/);
  });
});
