import { CustomerClient } from './client';
import { StackIdentity, type TokenIssuer } from './identity';
import { STACK_SERVICES, type StackServiceName } from './services';

/** A provider that names each token after who asked for it. */
const issuer: TokenIssuer = {
  clientToken: async (clientId: string) => `client:${clientId}`,
  customerSession: async (cpf: string) => ({ accessToken: `customer:${cpf}`, accountId: `account-${cpf}` }),
  staffToken: async (username: string) => `staff:${username}`,
  endpoints: async () => ({ issuer: 'x', authorization_endpoint: 'x', token_endpoint: 'x', jwks_uri: 'x' }),
};
const identity = new StackIdentity(issuer);
const urls = Object.fromEntries(STACK_SERVICES.map((s) => [s.name, `http://${s.name}`])) as Record<StackServiceName, string>;

/** Every request's URL and Authorization header, answered 200 `{}`. */
function recordRequests(): Array<[string, string | undefined]> {
  const seen: Array<[string, string | undefined]> = [];
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
    seen.push([String(url), (init?.headers as Record<string, string>)['authorization']]);
    return new Response(url.toString().includes('mail-sink') ? '[]' : '{}', { status: 200 });
  });
  return seen;
}

afterEach(() => jest.restoreAllMocks());

describe('StackIdentity: each caller its token source', () => {
  it.each([
    [{ cpf: '52998224725' }, 'customer:52998224725'],
    [{ client: 'servicing-ops' } as const, 'client:servicing-ops'],
    [{ staff: 'carla.auditora' }, 'staff:carla.auditora'],
    [{ anonymous: true } as const, undefined],
  ])('%j → %s', async (caller, token) => {
    expect(await identity.token(caller)()).toBe(token);
  });

  it('channels: DIGITAL a customer by CPF (fresh unless given), CORBAN corban-alpha, INTERNAL internal-origination, or whom the caller names', async () => {
    const seen = recordRequests();
    const fresh = identity.channel('http://proposal', 'digital');
    expect(fresh).toBeInstanceOf(CustomerClient);
    expect((fresh as CustomerClient).cpf).toMatch(/^\d{11}$/);
    await fresh.get('/a');
    await identity.channel('http://proposal', 'digital', { cpf: '52998224725' }).get('/b');
    await identity.channel('http://proposal', 'corban').get('/c');
    await identity.channel('http://proposal', 'corban', { client: 'corban-beta' }).get('/d');
    await identity.channel('http://proposal', 'internal').get('/e');
    await identity.channel('http://proposal', 'digital', { anonymous: true }).get('/f');
    expect(seen.map(([, auth]) => auth)).toEqual([
      `Bearer customer:${(fresh as CustomerClient).cpf}`, 'Bearer customer:52998224725', 'Bearer client:corban-alpha',
      'Bearer client:corban-beta', 'Bearer client:internal-origination', undefined,
    ]);
    expect(await identity.customerId('52998224725')).toBe('account-52998224725');
  });

  it('back office: servicing-ops reads and moves the clock, payroll-source remits, the mail sink gets no token; `as` swaps the caller', async () => {
    const seen = recordRequests();
    const s = identity.servicing(urls);
    await s.adjustClock('2030-01-01');
    await s.contract('c-1');
    await s.remit({ remittanceId: 'R', referenceMonth: '2030-01', paymentDate: '2030-01-05', lines: [] });
    await s.mailbox('a@example.com');
    await s.as(identity.token({ cpf: '52998224725' })).customerContracts('account-52998224725');
    expect(seen).toEqual([
      ['http://payment/v1/admin/clock', 'Bearer client:servicing-ops'],
      ['http://loan/v1/contracts/c-1', 'Bearer client:servicing-ops'],
      ['http://payment/v1/payroll-remittances', 'Bearer client:payroll-source'],
      ['http://mail-sink/messages?to=a%40example.com', undefined],
      ['http://loan/v1/customers/account-52998224725/contracts', 'Bearer customer:52998224725'],
    ]);
  });
});
