import { authorize } from './authorize';
import type { Principal } from './principal';

const operator = (roles: string[], scopes = ['backoffice']): Principal => ({ channel: 'INTERNAL', operatorId: 'ana', roles, clientId: 'backoffice-console', scopes });
const customer: Principal = { channel: 'DIGITAL', customerId: 'c', cpf: '52998224725', clientId: 'digital-app', scopes: ['backoffice', 'contracts:read'] };

describe('authorize', () => {
  it('passes a caller holding every scope', () => {
    expect(() => authorize(customer, { scopes: ['contracts:read'] })).not.toThrow();
  });

  it('names the missing scope', () => {
    expect(() => authorize(customer, { scopes: ['contracts:read', 'payments:write'] })).toThrow(expect.objectContaining({ code: 'AUTH.INSUFFICIENT_SCOPE', message: expect.stringContaining('payments:write') }));
  });

  it('requires one of the roles, and only INTERNAL callers have roles', () => {
    expect(() => authorize(operator(['CLOCK_ADMIN']), { scopes: ['backoffice'], roles: ['CLOCK_ADMIN'] })).not.toThrow();
    expect(() => authorize(operator(['OPERATOR']), { scopes: ['backoffice'], roles: ['CLOCK_ADMIN'] })).toThrow(expect.objectContaining({ code: 'AUTH.ROLE_REQUIRED' }));
    expect(() => authorize(customer, { scopes: ['backoffice'], roles: ['CLOCK_ADMIN'] })).toThrow(expect.objectContaining({ code: 'AUTH.ROLE_REQUIRED' }));
  });

  it("on a data subject's route, the DIGITAL customer passes the role check, partners and staff without the role do not", () => {
    const rule = { scopes: ['backoffice'], roles: ['PRIVACY_OFFICER'], dataSubject: true } as const;
    const partner: Principal = { channel: 'CORBAN', partnerId: 'p', clientId: 'corban-alpha', scopes: ['backoffice'] };
    expect(() => authorize(customer, rule)).not.toThrow();
    expect(() => authorize(operator(['PRIVACY_OFFICER']), rule)).not.toThrow();
    expect(() => authorize(operator(['AUDITOR']), rule)).toThrow(expect.objectContaining({ code: 'AUTH.ROLE_REQUIRED' }));
    expect(() => authorize(partner, rule)).toThrow(expect.objectContaining({ code: 'AUTH.ROLE_REQUIRED' }));
    expect(() => authorize(customer, { ...rule, dataSubject: false })).toThrow(expect.objectContaining({ code: 'AUTH.ROLE_REQUIRED' }));
  });

  it('fails closed on a route without a rule', () => {
    expect(() => authorize(operator(['CLOCK_ADMIN']), undefined)).toThrow(expect.objectContaining({ code: 'AUTH.INSUFFICIENT_SCOPE' }));
  });
});
