import { Cpf, InssBenefitNumber, Money } from '@consignado/finance';
import { parseInputDate } from '../../../../shared/dates';
import { valueOr400 } from '../../../../shared/field-errors';
import type { NewCustomer } from '../../domain/customer';
import type { RegisterCustomerRequestDto } from './register-customer.request.dto';

const AREA = 'CUSTOMER';

/** DTO → domain input: CPF check digits, real dates, amounts as Money (R-PR-6, D-5). */
export function toNewCustomer(dto: RegisterCustomerRequestDto): NewCustomer {
  const b = dto.benefit;
  return {
    cpf: valueOr400(Cpf.parse(dto.cpf), AREA, 'cpf'),
    name: dto.name.trim().replace(/\s+/g, ' '),
    birthDate: parseInputDate(dto.birthDate, 'birthDate', AREA),
    monthlyIncome: valueOr400(Money.parse(dto.monthlyIncome, 'monthlyIncome'), AREA, 'monthlyIncome'),
    monthlyExpenses: dto.monthlyExpenses === undefined ? undefined : valueOr400(Money.parse(dto.monthlyExpenses, 'monthlyExpenses'), AREA, 'monthlyExpenses'),
    linkType: dto.linkType,
    benefit: b && {
      number: valueOr400(InssBenefitNumber.parse(b.number), AREA, 'benefit.number'),
      kind: b.kind,
      value: valueOr400(Money.parse(b.value, 'benefit.value'), AREA, 'benefit.value'),
      startDate: parseInputDate(b.startDate, 'benefit.startDate', AREA),
    },
    email: dto.email?.toLowerCase(),
    phone: dto.phone,
  };
}
