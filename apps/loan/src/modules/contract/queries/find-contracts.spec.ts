import { handWorkedApproval } from '../../../../test/fixtures/approvals';
import { booked } from '../../../../test/fixtures/contracts';
import { contractsInMemory, customerReader, operatorReader } from '../../../../test/fixtures/readers';
import { contractById, customerContract, customerContracts } from './find-contracts';

const [A, B, C] = ['0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55', '7e0f3a6b-2c4d-4e8f-9a1b-3c5d7e9f1a2b', 'c0ffee00-1111-4222-8333-444455556666'];
const a1 = booked(handWorkedApproval({ customerId: A }), 'aaaaaaaa-0000-4000-8000-000000000001');
const b1 = booked(handWorkedApproval({ customerId: B }), 'bbbbbbbb-0000-4000-8000-000000000001');
const contracts = contractsInMemory([a1, b1]);
const unknown = 'dddddddd-0000-4000-8000-000000000009';
const [customerA, customerC, operator] = [customerReader(A), customerReader(C), operatorReader];
const NO_CONTRACT = { code: 'CONTRACT.NOT_FOUND', message: 'Empréstimo não encontrado ou inválido' };
const NO_CUSTOMER = { code: 'LOAN.CUSTOMER_NOT_FOUND', message: 'Cliente não encontrado' };

describe('contract queries as the caller may see them (R-SEC-1)', () => {
  it.each([
    ['an operator, any customer\'s contract', operator, b1.id, b1.id],
    ['a customer, their own contract (id in upper case)', customerA, a1.id.toUpperCase(), a1.id],
  ])('contractById: %s', async (_name, reader, id, expected) => {
    expect((await contractById(contracts, id, reader)).id).toBe(expected);
  });

  it.each([
    ['a customer, another customer\'s contract', customerA, b1.id],
    ['a customer, an unknown contract', customerA, unknown],
    ['an operator, an unknown contract', operator, unknown],
  ])('contractById: %s → the same 404', async (_name, reader, id) => {
    await expect(contractById(contracts, id, reader)).rejects.toMatchObject(NO_CONTRACT);
  });

  it.each([
    ['a customer, their own', customerA, A, a1.id, a1.id],
    ['an operator, any customer', operator, B, b1.id, b1.id],
  ])('customerContract: %s', async (_name, reader, customerId, id, expected) => {
    expect((await customerContract(contracts, customerId, id, reader)).id).toBe(expected);
  });

  it.each([
    ['a customer naming another customer', customerA, B, b1.id, NO_CUSTOMER],
    ['a customer naming another customer that has no contract', customerA, C, b1.id, NO_CUSTOMER],
    ['a customer without contracts naming themself', customerC, C, a1.id, NO_CUSTOMER],
    ['a customer, another customer\'s contract under their own id', customerA, A, b1.id, NO_CONTRACT],
    ['an operator, a contract under the wrong customer', operator, A, b1.id, NO_CONTRACT],
  ])('customerContract: %s → 404', async (_name, reader, customerId, id, problem) => {
    await expect(customerContract(contracts, customerId, id, reader)).rejects.toMatchObject(problem);
  });

  it.each([
    ['a customer, their own', customerA, A.toUpperCase(), [a1.id]],
    ['an operator, any customer', operator, B, [b1.id]],
  ])('customerContracts: %s', async (_name, reader, customerId, expected) => {
    expect((await customerContracts(contracts, customerId, reader)).map((c) => c.id)).toEqual(expected);
  });

  it.each([
    ['a customer naming another customer', customerA, B],
    ['a customer without contracts', customerC, C],
  ])('customerContracts: %s → 404 LOAN.CUSTOMER_NOT_FOUND', async (_name, reader, customerId) => {
    await expect(customerContracts(contracts, customerId, reader)).rejects.toMatchObject(NO_CUSTOMER);
  });
});
