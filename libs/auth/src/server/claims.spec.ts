import { principalFromClaims } from './claims';

const base = { client_id: 'c1', scope: 'origination backoffice' };

describe('principalFromClaims', () => {
  it.each([
    [{ ...base, channel: 'CORBAN', sub: 'c1', partner_id: '6f1c2d3e-0000-4000-8000-00000000a1fa' }, { channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' }],
    [{ ...base, channel: 'INTERNAL', sub: 'ana', operator_id: 'ana.operadora', roles: ['OPERATOR'] }, { channel: 'INTERNAL', operatorId: 'ana.operadora', roles: ['OPERATOR'] }],
    [{ ...base, channel: 'INTERNAL', sub: 'sys', operator_id: 'payroll-source' }, { channel: 'INTERNAL', operatorId: 'payroll-source', roles: [] }],
  ])('maps %j', (claims, expected) => {
    expect(principalFromClaims(claims)).toEqual({ ...expected, clientId: 'c1', scopes: ['origination', 'backoffice'] });
  });

  it.each([
    ['a partner id that is not a UUID', { ...base, channel: 'CORBAN', partner_id: 'alpha' }],
    ['a customer subject that is not a UUID', { ...base, channel: 'DIGITAL', sub: 'x', cpf: '52998224725' }],
    ['a customer without a CPF', { ...base, channel: 'DIGITAL', sub: '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55' }],
    ['roles that are not a list of names', { ...base, channel: 'INTERNAL', operator_id: 'ana', roles: 'ADMIN' }],
    ['no client', { scope: 'x', channel: 'INTERNAL', operator_id: 'ana' }],
  ])('refuses %s', (_name, claims) => {
    expect(() => principalFromClaims(claims)).toThrow(expect.objectContaining({ code: 'AUTH.TOKEN_INVALID' }));
  });
});
