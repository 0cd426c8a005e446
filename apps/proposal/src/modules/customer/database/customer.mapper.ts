import type { LinkType } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import { Cpf, InssBenefitNumber, IsoDate, Money } from '@consignado/finance';
import { openOrUndefined, sealOrNull } from '@consignado/service-kit';
import type { Principal } from '../../access/domain/principal';
import { Customer, type CustomerProps } from '../domain/customer';
import type { PayoutAccount } from '../domain/payout-account';
import { CustomerRow } from './customer.orm-entity';

/** The associated data of each sealed column: its `table.column`. */
export const CUSTOMER_SEALED = {
  cpf: 'customer.cpf',
  name: 'customer.name',
  birthDate: 'customer.birth_date',
  monthlyIncome: 'customer.monthly_income',
  monthlyExpenses: 'customer.monthly_expenses',
  benefitNumber: 'customer.benefit_number',
  benefitValue: 'customer.benefit_value',
  email: 'customer.email',
  phone: 'customer.phone',
} as const satisfies Partial<Record<keyof CustomerRow, string>>;

const F = CUSTOMER_SEALED;
/**
 * The payout account (R-LN-10), sealed whole as JSON. Apart from CUSTOMER_SEALED: the start-up
 * backfill of rows from before sealing runs before the migration that adds this column.
 */
export const PAYOUT_ACCOUNT_SEALED = 'customer.payout_account';

/**
 * Domain ↔ row. Personal data is sealed here and opened here (R-SEC-3); the CPF also goes in as
 * its lookup hash. Stored values were validated on the way in, so `of` (throwing) is right here.
 */
export function toRow(customer: Customer, cipher: FieldCipher): CustomerRow {
  const p = customer.props;
  const by = p.registeredBy;
  const cpf = p.cpf.toString();
  return Object.assign(new CustomerRow(), {
    id: p.id,
    cpf: cipher.seal(cpf, F.cpf),
    cpfHash: cipher.lookup(cpf),
    name: cipher.seal(p.name, F.name),
    birthDate: cipher.seal(p.birthDate.toString(), F.birthDate),
    monthlyIncome: cipher.seal(p.monthlyIncome.toString(), F.monthlyIncome),
    monthlyExpenses: sealOrNull(cipher, p.monthlyExpenses?.toString(), F.monthlyExpenses),
    linkType: p.linkType,
    benefitNumber: sealOrNull(cipher, p.benefit?.number.toString(), F.benefitNumber),
    benefitKind: p.benefit?.kind ?? null,
    benefitValue: sealOrNull(cipher, p.benefit?.value.toString(), F.benefitValue),
    benefitStartDate: p.benefit?.startDate.toString() ?? null,
    email: sealOrNull(cipher, p.email, F.email),
    phone: sealOrNull(cipher, p.phone, F.phone),
    status: p.status,
    registeredChannel: by.channel,
    registeredPartnerId: by.channel === 'CORBAN' ? by.partnerId : null,
    registeredOperatorId: by.channel === 'INTERNAL' ? by.operatorId : null,
    createdAt: p.createdAt,
    payoutAccount: sealOrNull(cipher, p.payoutAccount && JSON.stringify(p.payoutAccount), PAYOUT_ACCOUNT_SEALED),
    payoutAccountChangedAt: p.payoutAccountChangedAt ?? null,
  });
}

export function toDomain(row: CustomerRow, cipher: FieldCipher): Customer {
  const open = (stored: string | null, field: string) => openOrUndefined(cipher, stored, field);
  const expenses = open(row.monthlyExpenses, F.monthlyExpenses);
  const benefitNumber = open(row.benefitNumber, F.benefitNumber);
  return Customer.restore({
    id: row.id,
    cpf: Cpf.of(cipher.open(row.cpf, F.cpf)),
    name: cipher.open(row.name, F.name),
    birthDate: IsoDate.of(cipher.open(row.birthDate, F.birthDate)),
    monthlyIncome: Money.of(cipher.open(row.monthlyIncome, F.monthlyIncome)),
    monthlyExpenses: expenses === undefined ? undefined : Money.of(expenses),
    linkType: row.linkType as LinkType,
    benefit:
      benefitNumber === undefined
        ? undefined
        : { number: InssBenefitNumber.of(benefitNumber), kind: row.benefitKind ?? '', value: Money.of(open(row.benefitValue, F.benefitValue) ?? '0'), startDate: IsoDate.of(row.benefitStartDate ?? '') },
    email: open(row.email, F.email),
    phone: open(row.phone, F.phone),
    status: 'ACTIVE',
    registeredBy: principalOf(row),
    createdAt: row.createdAt,
    ...payoutOf(row, cipher),
  });
}

function payoutOf(row: CustomerRow, cipher: FieldCipher): Pick<CustomerProps, 'payoutAccount' | 'payoutAccountChangedAt'> {
  const account = openOrUndefined(cipher, row.payoutAccount ?? null, PAYOUT_ACCOUNT_SEALED);
  return account === undefined ? {} : { payoutAccount: JSON.parse(account) as PayoutAccount, payoutAccountChangedAt: row.payoutAccountChangedAt ?? undefined };
}

function principalOf(row: CustomerRow): Principal {
  if (row.registeredChannel === 'CORBAN') return { channel: 'CORBAN', partnerId: row.registeredPartnerId ?? '' };
  if (row.registeredChannel === 'INTERNAL') return { channel: 'INTERNAL', operatorId: row.registeredOperatorId ?? '' };
  return { channel: 'DIGITAL', customerId: row.id };
}
