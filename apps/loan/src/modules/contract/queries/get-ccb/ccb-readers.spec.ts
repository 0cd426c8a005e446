import type { Principal } from '@consignado/auth';
import { ccbReaders } from './ccb-readers';

const mayReadCcb = (reader: Principal, c: { customerId: string; partnerId?: string }) => ccbReaders(reader)(reader, c as never);

const CUSTOMER = '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f';
const PARTNER = '6f1c2d3e-0000-4000-8000-00000000a1fa';
const contract = { customerId: CUSTOMER, partnerId: PARTNER };
const customer = (customerId: string): Principal => ({ channel: 'DIGITAL', customerId, cpf: '52998224725', clientId: 'digital-app', scopes: ['origination', 'contracts:read'] }) as Principal;
const corban = (partnerId: string): Principal => ({ channel: 'CORBAN', partnerId, clientId: 'corban-alpha', scopes: ['origination'] }) as Principal;
const operator = (scopes: string[]): Principal => ({ channel: 'INTERNAL', operatorId: 'op-1', clientId: 'internal-origination', roles: [], scopes }) as Principal;

describe('mayReadCcb (R-LN-9)', () => {
  it('a customer reads their own CCB only', () => {
    expect([mayReadCcb(customer(CUSTOMER), contract), mayReadCcb(customer('0b5e4c9a-6f1d-4c1b-9a57-3c2f1d0e8a11'), contract)]).toEqual([true, false]);
  });

  it('a corban reads the CCBs of the contracts it originated only (none of another partner, none of a direct sale)', () => {
    expect(mayReadCcb(corban(PARTNER), contract)).toBe(true);
    expect(mayReadCcb(corban('e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9'), contract)).toBe(false);
    expect(mayReadCcb(corban(PARTNER), { customerId: CUSTOMER })).toBe(false);
  });

  it('staff with origination or contract readers read any; a token with neither scope is refused AUTH.INSUFFICIENT_SCOPE before any contract is looked up', () => {
    expect([mayReadCcb(operator(['origination']), contract), mayReadCcb(operator(['contracts:read']), contract)]).toEqual([true, true]);
    expect(() => ccbReaders(operator(['payments:write']))).toThrow(expect.objectContaining({ code: 'AUTH.INSUFFICIENT_SCOPE' }));
  });
});
