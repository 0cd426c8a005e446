import { borrowingCapacity, inssMargin, type Money, simulate } from '@consignado/finance';
import { fieldError, financeFailure } from '../../../shared/field-errors';
import { offerRequest } from './offer-request';
import type { ProductPricing } from './product-pricing';
import type { CapacityCommand, SimulationCommand } from './simulation-command';
import { type CapacityView, capacityView, type SimulationView, simulationView } from './simulation-view';

/** R-PR-3: the finance simulation of any product; stores nothing. */
export function quoteLoan(command: SimulationCommand, pricing: ProductPricing): SimulationView {
  const result = simulate({ ...offerRequest(command, pricing), amount: command.amount }, pricing.registry);
  if (!result.ok) throw financeFailure(result.error);
  return simulationView(result.value, command.amount.toString(), command.dates);
}

/**
 * Seed 003 §4.4 "how much can I borrow": the largest amount whose simulated installment fits the
 * available margin — given directly, or for INSS computed from the benefit minus the active
 * consignado installments (35%, D-1).
 */
export function quoteCapacity(command: CapacityCommand, pricing: ProductPricing): CapacityView {
  const request = offerRequest(command, pricing);
  const { limit, margin } = installmentLimit(command, pricing);
  const result = borrowingCapacity({ ...request, installmentLimit: limit }, pricing.registry);
  if (!result.ok) throw financeFailure(result.error);
  return capacityView(result.value, { product: command.product, termMonths: command.term.months, limit: limit.toString(), dates: command.dates, margin });
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
