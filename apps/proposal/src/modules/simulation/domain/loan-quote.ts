import type { Product } from '@consignado/contracts';
import { type BorrowingCapacity, borrowingCapacity, type InssMargin, inssMargin, type LoanDates, type Money, simulate, type Simulation } from '@consignado/finance';
import { fieldError, financeFailure } from '../../../shared/field-errors';
import { offerRequest } from './offer-request';
import type { ProductPricing } from './product-pricing';
import type { CapacityCommand, SimulationCommand } from './simulation-command';

/** A priced simulation of the amount asked for, on its dates. */
export interface LoanQuote {
  readonly simulation: Simulation;
  readonly amount: Money;
  readonly dates: LoanDates;
}

/** The largest amount that fits the monthly limit, and where the limit came from. */
export interface CapacityQuote {
  readonly capacity: BorrowingCapacity;
  readonly product: Product;
  readonly termMonths: number;
  readonly limit: Money;
  readonly dates: LoanDates;
  /** INSS from the benefit: the margin computed and its parameter version. */
  readonly margin?: { readonly value: InssMargin; readonly version: string };
}

/** R-PR-3: the finance simulation of any product; stores nothing. */
export function quoteLoan(command: SimulationCommand, pricing: ProductPricing): LoanQuote {
  const result = simulate({ ...offerRequest(command, pricing), amount: command.amount }, pricing.registry);
  if (!result.ok) throw financeFailure(result.error);
  return { simulation: result.value, amount: command.amount, dates: command.dates };
}

/**
 * Seed 003 §4.4 "how much can I borrow": the largest amount whose simulated installment fits the
 * available margin — given directly, or for INSS computed from the benefit minus the active
 * consignado installments (35%, D-1).
 */
export function quoteCapacity(command: CapacityCommand, pricing: ProductPricing): CapacityQuote {
  const request = offerRequest(command, pricing);
  const { limit, margin } = installmentLimit(command, pricing);
  const result = borrowingCapacity({ ...request, installmentLimit: limit }, pricing.registry);
  if (!result.ok) throw financeFailure(result.error);
  return { capacity: result.value, product: command.product, termMonths: command.term.months, limit, dates: command.dates, margin };
}

function installmentLimit(command: CapacityCommand, pricing: ProductPricing) {
  if ('availableMargin' in command.limit) return { limit: command.limit.availableMargin as Money, margin: undefined };
  if (command.product !== 'INSS_CONSIGNADO') {
    throw fieldError('CAPACITY.INVALID_BENEFIT_VALUE', 'benefitValue', 'benefitValue só se aplica ao consignado INSS; para os demais produtos informe availableMargin.');
  }
  const parameters = pricing.registry.inssMargin.at(command.dates.contractDate);
  if (!parameters.ok) throw financeFailure(parameters.error);
  const value = inssMargin({ income: command.limit.benefitValue, activeInstallments: command.limit.activeInstallments }, parameters.value.value);
  return { limit: value.loanAvailable, margin: { value, version: parameters.value.id } };
}
