import { canSignIn, tokenClaims } from './claims';
import { clientById, type ClientDefinition } from './registry';

const client = (id: string): ClientDefinition => {
  const found = clientById(id);
  if (!found) throw new Error(`no client ${id}`);
  return found;
};

describe('token claims per channel', () => {
  it('CORBAN: the partner id', () => {
    expect(tokenClaims(client('corban-alpha'))).toEqual({ channel: 'CORBAN', partner_id: '6f1c2d3e-0000-4000-8000-00000000a1fa' });
    expect(tokenClaims(client('corban-beta'))).toEqual({ channel: 'CORBAN', partner_id: '6f1c2d3e-0000-4000-8000-00000000b2fb' });
  });

  it('INTERNAL systems: operator_id is the client id, with its roles', () => {
    expect(tokenClaims(client('internal-origination'))).toEqual({ channel: 'INTERNAL', operator_id: 'internal-origination', roles: ['OPERATOR'] });
    expect(tokenClaims(client('servicing-ops'))).toEqual({ channel: 'INTERNAL', operator_id: 'servicing-ops', roles: ['SERVICING', 'CLOCK_ADMIN', 'AUDITOR', 'DLQ_OPERATOR'] });
    expect(tokenClaims(client('payroll-source'))).toEqual({ channel: 'INTERNAL', operator_id: 'payroll-source', roles: ['SERVICING'] });
  });

  it('INTERNAL staff: operator_id is the username, with the account roles', () => {
    const staff = { kind: 'staff', accountId: 'carla.auditora', roles: ['AUDITOR'] } as const;
    expect(tokenClaims(client('backoffice-console'), staff)).toEqual({ channel: 'INTERNAL', operator_id: 'carla.auditora', roles: ['AUDITOR'] });
  });

  it('DIGITAL: the CPF (sub is the account id already)', () => {
    const customer = { kind: 'customer', accountId: '9b2d7f1e-1111-4aaa-8bbb-123456789abc', cpf: '52998224725' } as const;
    expect(tokenClaims(client('digital-app'), customer)).toEqual({ channel: 'DIGITAL', cpf: '52998224725' });
  });

  it('lets customers sign in to digital-app only, staff to the console only, systems nowhere', () => {
    const customer = { kind: 'customer', accountId: 'a', cpf: '52998224725' } as const;
    const staff = { kind: 'staff', accountId: 'ana.operadora', roles: ['OPERATOR'] } as const;
    expect([canSignIn(client('digital-app'), customer), canSignIn(client('digital-app'), staff)]).toEqual([true, false]);
    expect([canSignIn(client('backoffice-console'), staff), canSignIn(client('backoffice-console'), customer)]).toEqual([true, false]);
    expect(canSignIn(client('servicing-ops'), staff)).toBe(false);
  });
});
