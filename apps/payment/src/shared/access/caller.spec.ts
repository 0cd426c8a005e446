import type { Principal } from '@consignado/auth';
import { callerOf } from './caller';

const base = { clientId: 'c1', scopes: ['payments:write'] };

describe('callerOf: one name per customer, partner or operator', () => {
  it.each<[Principal, string]>([
    [{ ...base, channel: 'DIGITAL', customerId: '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55', cpf: '52998224725' }, 'DIGITAL:0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55'],
    [{ ...base, channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' }, 'CORBAN:6f1c2d3e-0000-4000-8000-00000000a1fa'],
    [{ ...base, channel: 'INTERNAL', operatorId: 'bruno.servicing', roles: ['SERVICING'] }, 'INTERNAL:bruno.servicing'],
  ])('%j → %s', (principal, expected) => {
    expect(callerOf(principal)).toBe(expected);
  });
});
