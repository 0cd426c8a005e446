import { type IsoDate, LoanTerm, Money, MonthlyRate } from '@consignado/finance';
import { loanDates, optionalInputDate } from '../../../../shared/dates';
import { valueOr400 } from '../../../../shared/field-errors';
import type { SimulationCommand } from '../../domain/simulation-command';
import type { LoanShapeDto, SimulateRequestDto } from './simulate.request.dto';

const AREA = 'SIMULATION';

/** DTO (text) → command (value objects); a value the DTO's shape check let through but finance refuses is a 400. */
export function loanShape(dto: LoanShapeDto, today: IsoDate): Omit<SimulationCommand, 'amount'> {
  const contractDate = optionalInputDate(dto.contractDate, 'contractDate', AREA);
  const firstDueDate = optionalInputDate(dto.firstDueDate, 'firstDueDate', AREA);
  return {
    product: dto.product,
    term: valueOr400(LoanTerm.parse(dto.termMonths, 'termMonths'), AREA, 'termMonths'),
    monthlyRate: dto.monthlyRate === undefined ? undefined : valueOr400(MonthlyRate.parse(dto.monthlyRate), AREA, 'monthlyRate'),
    withInsurance: dto.withInsurance ?? false,
    birthDate: optionalInputDate(dto.birthDate, 'birthDate', AREA),
    score: dto.score,
    dates: loanDates(today, AREA, contractDate, firstDueDate),
    iofMethod: dto.iofMethod,
  };
}

export function toSimulationCommand(dto: SimulateRequestDto, today: IsoDate): SimulationCommand {
  return { ...loanShape(dto, today), amount: valueOr400(Money.parsePositive(dto.amount, 'amount'), AREA, 'amount') };
}
