import { randomUUID } from 'node:crypto';
import type { Principal } from '@consignado/auth';
import { createEnvelope, examplePayload } from '@consignado/contracts';
import type { AlterationRow } from '../../database/alteration.orm-entity';
import type { AverbationRow } from '../../database/averbation.orm-entity';
import { averbationFor } from './averbation.query';

const customerId = randomUUID();
const contractId = randomUUID();
const request = createEnvelope('AverbationRequested', { payload: { ...examplePayload('AverbationRequested'), contractId, customerId } });
const row = { contractId, status: 'REGISTERED', request } as unknown as AverbationRow;
const alteration = { contractId, status: 'APPLIED' } as unknown as AlterationRow;
const repositories = {
  averbations: { findRow: async (id: string) => (id === contractId ? row : undefined) },
  alterations: { findRow: async (id: string) => (id === contractId ? alteration : undefined) },
};

const customer = (id: string): Principal => ({ channel: 'DIGITAL', clientId: 'digital-app', customerId: id, cpf: '52998224725', scopes: ['contracts:read'] });
const operator: Principal = { channel: 'INTERNAL', clientId: 'servicing-ops', operatorId: 'servicing-ops', roles: ['SERVICING'], scopes: ['contracts:read'] };

describe('averbationFor (R-SEC-1)', () => {
  it.each([
    ['the customer the AverbationRequested named', customer(customerId)],
    ['the back office', operator],
  ])('gives the averbation and its plan change to %s', async (_who, caller) => {
    expect(await averbationFor(repositories, contractId, caller)).toEqual({ averbation: row, alteration });
  });

  it.each([
    ["another customer's contract", contractId],
    ['a contract without an averbation', randomUUID()],
  ])('answers %s with the same 404 AVERBATION.NOT_FOUND', async (_case, id) => {
    await expect(averbationFor(repositories, id, customer(randomUUID()))).rejects.toMatchObject({
      code: 'AVERBATION.NOT_FOUND',
      message: 'Averbação não encontrada para este contrato.',
    });
  });
});
