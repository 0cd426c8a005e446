import { type IsoDate, Money } from '@consignado/finance';
import { fieldError, valueOr400 } from '../../../../shared/field-errors';
import type { CapacityCommand } from '../../domain/simulation-command';
import { loanShape } from '../simulate/simulate.mapper';
import type { BorrowingCapacityRequestDto } from './borrowing-capacity.request.dto';

const AREA = 'CAPACITY';
const money = (value: string, field: string): Money => valueOr400(Money.parse(value, field), AREA, field);

/** Exactly one source for the monthly limit: the margin, or the benefit (with its active installments). */
export function toCapacityCommand(dto: BorrowingCapacityRequestDto, today: IsoDate): CapacityCommand {
  const shape = loanShape(dto, today);
  if ((dto.availableMargin === undefined) === (dto.benefitValue === undefined)) {
    throw fieldError('CAPACITY.INVALID_MARGIN_SOURCE', 'availableMargin', 'Informe availableMargin ou benefitValue (com activeInstallments), um dos dois.');
  }
  if (dto.availableMargin !== undefined) {
    if (dto.activeInstallments !== undefined) throw fieldError('CAPACITY.INVALID_MARGIN_SOURCE', 'activeInstallments', 'activeInstallments acompanha benefitValue, não availableMargin.');
    return { ...shape, limit: { availableMargin: money(dto.availableMargin, 'availableMargin') } };
  }
  const activeInstallments = (dto.activeInstallments ?? []).map((v, k) => money(v, `activeInstallments.${k}`));
  return { ...shape, limit: { benefitValue: valueOr400(Money.parsePositive(dto.benefitValue, 'benefitValue'), AREA, 'benefitValue'), activeInstallments } };
}
