import type { EntityManager } from 'typeorm';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import type { CustomerRepository } from '../../../customer/database/customer.repository';
import type { ErasureRequests } from '../../database/erasure-request.repository';
import type { LoginAccounts } from '../../database/login-accounts';
import { ErasureRequest } from '../../domain/erasure-request';
import { ApplyErasureDecisionHandler } from './apply-erasure-decision.handler';

const customerId = '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f';
const requestId = '4e3d2c1b-0a9f-4e8d-9c7b-6a5f4e3d2c1b';
const decided = (decision: 'ANONYMIZE' | 'RETAIN') => ({ requestId, customerId, origin: 'DATA_SUBJECT' as const, decision, proposalIds: [], contractIds: [], decidedAt: '2031-03-01T12:00:01.000Z', ...(decision === 'RETAIN' ? { reason: 'CONTRACT_IN_FORCE' as const } : {}) });

function setUp(close: jest.Mock) {
  const pending = ErasureRequest.open({ id: requestId, customerId, origin: 'DATA_SUBJECT', requestedBy: customerId, requestedAt: new Date() }, { anonymized: false, proposals: [] }).request;
  const requests = { lock: jest.fn().mockResolvedValue(pending), update: jest.fn() } as unknown as ErasureRequests;
  const customers = { findById: jest.fn().mockResolvedValue({ props: { cpf: { toString: () => '52998224725' } } }) } as unknown as CustomerRepository;
  const manager = { query: jest.fn().mockResolvedValue([[], 1]) };
  const handler = new ApplyErasureDecisionHandler(requests, new FieldCipher(DEV_PII_KEY_RING), customers, { close } as unknown as LoginAccounts);
  return { handler, manager, run: (decision: 'ANONYMIZE' | 'RETAIN') => handler.execute(manager as unknown as EntityManager, decided(decision)) };
}

describe('ApplyErasureDecisionHandler and the login at the identity provider', () => {
  it('closes the login before anonymizing anything', async () => {
    const { manager, run } = setUp(jest.fn().mockImplementation(async () => expect(manager.query).not.toHaveBeenCalled()));
    await run('ANONYMIZE');
    expect(manager.query).toHaveBeenCalled();
  });

  it('anonymizes nothing while the provider refuses: the event fails and is retried', async () => {
    const { manager, run } = setUp(jest.fn().mockRejectedValue(new Error('the identity provider refused to close the login (503)')));
    await expect(run('ANONYMIZE')).rejects.toThrow('(503)');
    expect(manager.query).not.toHaveBeenCalled();
  });

  it('RETAIN touches neither the login nor the data', async () => {
    const close = jest.fn();
    const { manager, run } = setUp(close);
    await run('RETAIN');
    expect([close.mock.calls.length, manager.query.mock.calls.length]).toEqual([0, 0]);
  });
});
