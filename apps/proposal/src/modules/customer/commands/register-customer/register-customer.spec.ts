import { plainToInstance } from 'class-transformer';
import { IsoDate } from '@consignado/finance';
import { toNewCustomer } from './register-customer.mapper';
import { RegisterCustomerRequestDto } from './register-customer.request.dto';
import { Customer } from '../../domain/customer';
import { customerVisibleTo } from '../../domain/customer-access';

const TODAY = IsoDate.of('2026-03-10');
const NOW = new Date('2026-03-10T12:00:00Z');
const BENEFIT = { number: '123.456.789-0', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '15/01/2020' };
const body = (changes: object = {}) =>
  plainToInstance(RegisterCustomerRequestDto, { cpf: '529.982.247-25', name: '  Maria   da Silva ', birthDate: '21/06/1958', monthlyIncome: '2000', linkType: 'APOSENTADO', benefit: BENEFIT, ...changes });
const SELF = '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55';
const APP = { channel: 'DIGITAL', customerId: SELF, cpf: '52998224725' } as const;
const register = (changes: object = {}) => Customer.register(toNewCustomer(body(changes)), APP, TODAY, NOW);
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    const error = e as { code: string; details: { fields: Array<{ field: string }> } };
    return [error.code, error.details.fields[0].field];
  }
  return ['accepted'];
};

describe('customer registration (R-PR-6)', () => {
  it('stores the CPF as 11 digits, ISO dates and decimal amounts', () => {
    const c = register().props;
    expect([c.cpf.toString(), c.name, c.birthDate.toString(), c.monthlyIncome.toString(), c.benefit?.number.toString(), c.benefit?.startDate.toString()]).toEqual([
      '52998224725',
      'Maria da Silva',
      '1958-06-21',
      '2000.00',
      '1234567890',
      '2020-01-15',
    ]);
  });

  it.each([
    [{ cpf: '529.982.247-24' }, 'CUSTOMER.INVALID_CPF', 'cpf'],
    [{ cpf: '11111111111' }, 'CUSTOMER.INVALID_CPF', 'cpf'],
    [{ birthDate: '31/02/1958' }, 'CUSTOMER.INVALID_DATE', 'birthDate'],
    [{ birthDate: '2026-03-10' }, 'CUSTOMER.INVALID_BIRTH_DATE', 'birthDate'],
    [{ birthDate: '2008-03-11' }, 'CUSTOMER.INVALID_BIRTH_DATE', 'birthDate'],
    [{ monthlyIncome: '0' }, 'CUSTOMER.INVALID_AMOUNT', 'monthlyIncome'],
    [{ benefit: undefined }, 'CUSTOMER.INVALID_BENEFIT', 'benefit'],
    [{ linkType: 'SERVIDOR' }, 'CUSTOMER.INVALID_BENEFIT', 'benefit'],
    [{ benefit: { ...BENEFIT, startDate: '2026-03-11' } }, 'CUSTOMER.INVALID_BENEFIT', 'benefit.startDate'],
    [{ benefit: { ...BENEFIT, value: '0.00' } }, 'CUSTOMER.INVALID_BENEFIT', 'benefit.value'],
  ])('refuses %j with %s on %s', (changes, code, field) => {
    expect(refusal(() => register(changes))).toEqual([code, field]);
  });

  it('accepts an 18-year-old on their birthday', () => {
    expect(register({ birthDate: '2008-03-10', linkType: 'EMPREGADO', benefit: undefined }).props.birthDate.toString()).toBe('2008-03-10');
  });

  it.each([
    ['APOSENTADO', 'INSS_CONSIGNADO', true],
    ['APOSENTADO', 'SERVIDOR_CONSIGNADO', false],
    ['APOSENTADO', 'PERSONAL', true],
    ['SERVIDOR', 'SERVIDOR_CONSIGNADO', true],
    ['SERVIDOR', 'INSS_CONSIGNADO', false],
    ['EMPREGADO', 'PERSONAL', true],
  ] as const)('a %s may take %s: %s', (linkType, product, allowed) => {
    const benefit = linkType === 'APOSENTADO' ? BENEFIT : undefined;
    expect(register({ linkType, benefit }).canTake(product)).toBe(allowed);
  });

  it.each([
    [{ channel: 'DIGITAL', customerId: SELF }, [], true],
    [{ channel: 'DIGITAL', customerId: 'another-customer' }, [], false],
    [{ channel: 'INTERNAL', operatorId: 'op-1' }, [], true],
    [{ channel: 'CORBAN', partnerId: 'a' }, ['a'], true],
    [{ channel: 'CORBAN', partnerId: 'b' }, ['a'], false],
  ] as const)('visible to %j with partners %j: %s', (principal, partners, visible) => {
    expect(customerVisibleTo(principal, SELF, partners)).toBe(visible);
  });
});

describe('registration raises CustomerContactChanged (R-NT-1)', () => {
  it('with the e-mail and mobile given, and who registered', () => {
    const customer = Customer.register(toNewCustomer(body({ email: 'maria@example.com', phone: '+5511987654321' })), { channel: 'CORBAN', partnerId: 'a' }, TODAY, NOW);
    expect(customer.pullEvents()).toEqual([
      { type: 'CustomerContactChanged', by: { channel: 'CORBAN', partnerId: 'a' }, payload: { customerId: customer.id, email: 'maria@example.com', phone: '+5511987654321', changedAt: NOW.toISOString() } },
    ]);
    expect(customer.pullEvents()).toEqual([]);
  });

  it('without contact: the customer id and the time only; a stored customer raises nothing', () => {
    const customer = register();
    expect(customer.pullEvents()).toEqual([{ type: 'CustomerContactChanged', by: APP, payload: { customerId: customer.id, changedAt: NOW.toISOString() } }]);
    expect(Customer.restore(customer.props).pullEvents()).toEqual([]);
  });
});

describe('registration through the app (R-SEC-1)', () => {
  it('makes the logged-in customer the customer: the id is the token subject', () => {
    expect(register().id).toBe(SELF);
  });

  it('refuses a CPF other than the one the provider verified, and any when none was verified', () => {
    expect(() => Customer.register(toNewCustomer(body({ cpf: '111.444.777-35' })), APP, TODAY, NOW)).toThrow(expect.objectContaining({ code: 'CUSTOMER.CPF_FORBIDDEN' }));
    expect(() => Customer.register(toNewCustomer(body()), { channel: 'DIGITAL', customerId: SELF }, TODAY, NOW)).toThrow(expect.objectContaining({ code: 'CUSTOMER.CPF_FORBIDDEN' }));
  });

  it('gives partners and operators a new id', () => {
    const byPartner = Customer.register(toNewCustomer(body()), { channel: 'CORBAN', partnerId: 'a' }, TODAY, NOW);
    expect(byPartner.id).not.toBe(SELF);
    expect(byPartner.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
