import { Cpf, InssBenefitNumber, IsoDate, Money } from '@consignado/finance';
import { Customer } from '../../customer/domain/customer';

/** A retired customer with an INSS benefit: the applicant of the proposals the specs open. */
export function applicant(id: string): Customer {
  return Customer.restore({
    id,
    cpf: Cpf.of('52998224725'),
    name: 'Maria da Silva',
    birthDate: IsoDate.of('1958-06-21'),
    monthlyIncome: Money.of('2000.00'),
    linkType: 'APOSENTADO',
    benefit: { number: InssBenefitNumber.of('1234567890'), kind: 'APOSENTADORIA_POR_IDADE', value: Money.of('2000.00'), startDate: IsoDate.of('2020-01-15') },
    email: 'maria@example.com',
    status: 'ACTIVE',
    registeredBy: { channel: 'DIGITAL', customerId: id },
    createdAt: new Date('2026-03-01T12:00:00.000Z'),
  });
}
