import { DEFAULT_PARAMETERS, IsoDate, LoanDates, LoanTerm, maxLoan, Money, MonthlyRate, unwrap } from '@consignado/finance';
import type { DomainError } from '@consignado/core';
import { quoteCapacity, quoteLoan } from '../../domain/loan-quote';
import { ProductPricing } from '../../domain/product-pricing';
import type { CapacityCommand, SimulationCommand } from '../../domain/simulation-command';
import { simulationView } from '../simulate/simulation.view';
import { capacityView } from './capacity.view';

const dates = unwrap(LoanDates.create(IsoDate.of('2026-03-10'), IsoDate.of('2026-04-10')));
const pricing = new ProductPricing(DEFAULT_PARAMETERS);
/** Quotes as the channel reads them. */
const capacity = (command: CapacityCommand, prices: ProductPricing) => capacityView(quoteCapacity(command, prices));
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

describe('how much can I borrow (seed 003 §4.4)', () => {
  const term = LoanTerm.of(96);
  const rate = MonthlyRate.of('0.0185');

  it('derives the INSS margin from the benefit and the active installments', () => {
    const view = capacity({ ...base, term, monthlyRate: rate, limit: { benefitValue: Money.of('2000.00'), activeInstallments: [Money.of('200.00')] } }, pricing);
    expect(view.margin).toEqual({ loanLimit: '700.00', loanAvailable: '500.00', cardLimit: '100.00', benefitCardLimit: '100.00' });
    expect(view.installmentLimit).toBe('500.00');
    expect(view.parameterVersions[0]).toBe('INSS-MARGIN-35-5-5');
  });

  it('gives the largest amount whose installment fits, net of IOF', () => {
    const view = capacity({ ...base, term, monthlyRate: rate, limit: { availableMargin: Money.of('500.00') } }, pricing);
    const atMax = quote({ ...base, term, monthlyRate: rate, amount: Money.of(view.maxAmount) }, pricing);
    const aCentMore = quote({ ...base, term, monthlyRate: rate, amount: Money.of(view.maxAmount).plus(Money.of('0.01')) }, pricing);
    const ceiling = maxLoan({ installment: Money.of('500.00'), rate, term, dates }).principal;
    expect(Money.of(atMax.installment).lte(Money.of('500.00'))).toBe(true);
    expect(atMax.installment).toBe(view.installment);
    expect(Money.of(atMax.financed).lte(ceiling)).toBe(true);
    expect(Money.of(aCentMore.financed).gt(ceiling)).toBe(true);
    expect(view.termMonths).toBe(96);
  });

  it.each([
    ['no margin left', { benefitValue: Money.of('1000.00'), activeInstallments: [Money.of('350.00')] }, 'INSS_CONSIGNADO', 'FINANCE.INSUFFICIENT_MARGIN'],
    ['a benefit for a non-INSS product', { benefitValue: Money.of('1000.00'), activeInstallments: [] }, 'PERSONAL', 'CAPACITY.INVALID_BENEFIT_VALUE'],
  ] as const)('refuses %s', (_name, limit, product, code) => {
    expect(refusal(() => capacity({ ...base, product, score: 700, term: LoanTerm.of(12), limit }, pricing)).code).toBe(code);
  });
});
