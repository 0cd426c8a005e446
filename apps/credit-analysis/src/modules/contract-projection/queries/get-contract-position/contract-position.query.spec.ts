import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@consignado/auth';
import { projectContract } from '../../domain/project-contract';
import { InMemoryContractPositions } from '../../testing/in-memory.positions';
import { CUSTOMER_ID, OLD_CONTRACT_ID, oldContract } from '../../testing/position.fixtures';
import { contractPositionFor } from './contract-position.query';

const customer = (customerId: string): Principal => ({ channel: 'DIGITAL', clientId: 'digital-app', customerId, cpf: '52998224725', scopes: ['contracts:read'] });
const operator: Principal = { channel: 'INTERNAL', clientId: 'servicing-ops', operatorId: 'servicing-ops', roles: ['SERVICING'], scopes: ['contracts:read'] };

describe('contractPositionFor (R-SEC-1)', () => {
  const positions = new InMemoryContractPositions();
  beforeAll(() => positions.keepIfNewer({} as EntityManager, projectContract(oldContract())));

  it.each([
    ['its customer', customer(CUSTOMER_ID)],
    ['the back office', operator],
  ])('gives the contract to %s', async (_who, caller) => {
    expect(await contractPositionFor(positions, OLD_CONTRACT_ID, caller)).toMatchObject({ contractId: OLD_CONTRACT_ID, customerId: CUSTOMER_ID });
  });

  it.each([
    ["another customer's contract", OLD_CONTRACT_ID],
    ['a contract the projection never saw', randomUUID()],
  ])('answers %s with the same 404 PROJECTION.CONTRACT_NOT_FOUND', async (_case, contractId) => {
    await expect(contractPositionFor(positions, contractId, customer(randomUUID()))).rejects.toMatchObject({
      code: 'PROJECTION.CONTRACT_NOT_FOUND',
      message: 'Contrato não encontrado na projeção da análise de crédito',
    });
  });
});
