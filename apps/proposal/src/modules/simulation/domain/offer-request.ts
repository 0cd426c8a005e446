import type { OfferRequest } from '@consignado/finance';
import { completedYears } from '../../../shared/dates';
import { fieldError } from '../../../shared/field-errors';
import type { ProductPricing } from './product-pricing';
import type { SimulationCommand } from './simulation-command';

/** The finance offer request of a simulation: rate chosen by the pricing policy, age at the contract date (D-9). */
export function offerRequest(command: Omit<SimulationCommand, 'amount'>, pricing: ProductPricing): OfferRequest {
  const contractDate = command.dates.contractDate;
  const age = command.birthDate ? completedYears(command.birthDate, contractDate) : undefined;
  if (command.withInsurance && age === undefined && command.product !== 'INSS_CONSIGNADO') {
    throw fieldError('SIMULATION.INVALID_BIRTH_DATE', 'birthDate', 'Informe birthDate para calcular o seguro prestamista pela idade.');
  }
  if (age !== undefined && age < 0) throw fieldError('SIMULATION.INVALID_BIRTH_DATE', 'birthDate', 'A data de nascimento deve ser anterior à data do contrato.');
  return {
    product: command.product,
    term: command.term,
    dates: command.dates,
    monthlyRate: pricing.rateFor(command.product, command.monthlyRate, contractDate),
    score: command.score,
    insurance: command.withInsurance,
    age,
    iofMethod: command.iofMethod,
  };
}
