import type { LinkType } from '@consignado/contracts';
import { Cpf, InssBenefitNumber, IsoDate, Money } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import { Customer } from '../domain/customer';
import { CustomerRow } from './customer.orm-entity';

/** Domain ↔ row. Stored values were validated on the way in, so `of` (throwing) is right here. */
export function toRow(customer: Customer): CustomerRow {
  const p = customer.props;
  const by = p.registeredBy;
  return Object.assign(new CustomerRow(), {
    id: p.id,
    cpf: p.cpf.toString(),
    name: p.name,
    birthDate: p.birthDate.toString(),
    monthlyIncome: p.monthlyIncome.toString(),
    monthlyExpenses: p.monthlyExpenses?.toString() ?? null,
    linkType: p.linkType,
    benefitNumber: p.benefit?.number.toString() ?? null,
    benefitKind: p.benefit?.kind ?? null,
    benefitValue: p.benefit?.value.toString() ?? null,
    benefitStartDate: p.benefit?.startDate.toString() ?? null,
    email: p.email ?? null,
    phone: p.phone ?? null,
    status: p.status,
    registeredChannel: by.channel,
    registeredPartnerId: by.channel === 'CORBAN' ? by.partnerId : null,
    registeredOperatorId: by.channel === 'INTERNAL' ? by.operatorId : null,
    createdAt: p.createdAt,
  });
}

export function toDomain(row: CustomerRow): Customer {
  return Customer.restore({
    id: row.id,
    cpf: Cpf.of(row.cpf),
    name: row.name,
    birthDate: IsoDate.of(row.birthDate),
    monthlyIncome: Money.of(row.monthlyIncome),
    monthlyExpenses: row.monthlyExpenses === null ? undefined : Money.of(row.monthlyExpenses),
    linkType: row.linkType as LinkType,
    benefit:
      row.benefitNumber === null
        ? undefined
        : { number: InssBenefitNumber.of(row.benefitNumber), kind: row.benefitKind ?? '', value: Money.of(row.benefitValue ?? '0'), startDate: IsoDate.of(row.benefitStartDate ?? '') },
    email: row.email ?? undefined,
    phone: row.phone ?? undefined,
    status: 'ACTIVE',
    registeredBy: principalOf(row),
    createdAt: row.createdAt,
  });
}

function principalOf(row: CustomerRow): Principal {
  if (row.registeredChannel === 'CORBAN') return { channel: 'CORBAN', partnerId: row.registeredPartnerId ?? '' };
  if (row.registeredChannel === 'INTERNAL') return { channel: 'INTERNAL', operatorId: row.registeredOperatorId ?? '' };
  return { channel: 'DIGITAL', customerId: row.id };
}
