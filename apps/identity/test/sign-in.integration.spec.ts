import { authorizationCodeFlow, generateCpf, IdentityClient, SIGN_IN_CLIENTS } from '@consignado/auth';
import { identity, issuer, refusal, UUID_V4, verifyAccessToken } from './support';

/** The authorization code flow with PKCE, run headlessly through the provider's login pages. */
describe('sign-in (authorization code + PKCE)', () => {
  it('gives a customer a token whose sub is the account id, with the CPF', async () => {
    const cpf = generateCpf();
    const accountId = await identity.signUp(cpf, 'senha-forte-1');
    const session = await identity.customerToken(cpf, 'senha-forte-1');
    expect(session.accountId).toBe(accountId);
    const claims = await verifyAccessToken(session.accessToken);
    expect(claims).toMatchObject({ sub: accountId, cpf, channel: 'DIGITAL', client_id: 'digital-app', scope: 'origination contracts:read payments:write notifications:read notifications:write privacy' });
    expect(claims).not.toHaveProperty('operator_id');
    expect(accountId).toMatch(UUID_V4);
  });

  it('refuses a wrong password (access_denied, the page’s pt-BR message)', async () => {
    const cpf = generateCpf();
    await identity.signUp(cpf, 'senha-certa-1');
    expect(await refusal(identity.customerToken(cpf, 'senha-errada-1'))).toEqual(
      expect.objectContaining({ error: 'access_denied', errorDescription: 'CPF ou senha inválidos.', status: 401 }),
    );
  });

  it('gives staff a token with operator_id and the account roles', async () => {
    const ana = await verifyAccessToken(await identity.staffToken('ana.operadora'));
    expect(ana).toMatchObject({ sub: 'ana.operadora', operator_id: 'ana.operadora', roles: ['OPERATOR'], channel: 'INTERNAL', client_id: 'backoffice-console' });
    expect(String(ana['scope']).split(' ')).toContain('backoffice');
    const bruno = await verifyAccessToken(await identity.staffToken('bruno.servicing'));
    expect(bruno).toMatchObject({ operator_id: 'bruno.servicing', roles: ['SERVICING', 'CLOCK_ADMIN'] });
  });

  it('signs customers in to digital-app only and staff to the console only', async () => {
    const discovery = await identity.endpoints();
    const password = 'senha-forte-2';
    const cpf = generateCpf();
    await identity.signUp(cpf, password);
    const customerAtConsole = authorizationCodeFlow(discovery, { ...SIGN_IN_CLIENTS.staff, login: cpf, password });
    expect(await refusal(customerAtConsole)).toMatchObject({ error: 'access_denied', errorDescription: 'Usuário ou senha inválidos.' });
    const staffAtApp = authorizationCodeFlow(discovery, { ...SIGN_IN_CLIENTS.customer, login: 'ana.operadora', password });
    expect(await refusal(staffAtApp)).toMatchObject({ error: 'access_denied' });
  });

  it('refuses a digital-app authorization request without PKCE', async () => {
    const auth = new URL((await identity.endpoints()).authorization_endpoint);
    const redirectUri = `${issuer}/callback/digital-app`;
    const params = { client_id: 'digital-app', response_type: 'code', redirect_uri: redirectUri, scope: 'openid origination', state: 's1' };
    for (const [k, v] of Object.entries(params)) auth.searchParams.set(k, v);
    const res = await fetch(auth, { redirect: 'manual' });
    const back = new URL(res.headers.get('location') ?? 'http://missing/');
    expect([res.status, `${back.origin}${back.pathname}`, back.searchParams.get('error')]).toEqual([303, redirectUri, 'invalid_request']);
    expect(back.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('refuses an authorization request for a scope the app lacks (invalid_scope)', async () => {
    const flow = authorizationCodeFlow(await identity.endpoints(), { clientId: 'digital-app', scope: 'openid backoffice', login: generateCpf(), password: 'x' });
    expect(await refusal(flow)).toMatchObject({ error: 'invalid_scope' });
  });

  it('answers /me with sub and cpf for a token issued without resource', async () => {
    const cpf = generateCpf();
    const accountId = await identity.signUp(cpf, 'senha-forte-3');
    const login = { ...SIGN_IN_CLIENTS.customer, login: cpf, password: 'senha-forte-3', resource: null };
    const tokens = await authorizationCodeFlow(await identity.endpoints(), login);
    const me = await fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect([me.status, await me.json()]).toEqual([200, { sub: accountId, cpf }]);
    expect(tokens.refresh_token).toEqual(expect.any(String));
  });

  it('customerSession signs up once and signs in again from another client instance', async () => {
    const cpf = generateCpf();
    const first = await identity.customerSession(cpf);
    const again = await new IdentityClient({ issuer }).customerSession(cpf);
    expect(again.accountId).toBe(first.accountId);
    expect(again.accessToken).not.toBe(first.accessToken);
    expect((await verifyAccessToken(again.accessToken))['sub']).toBe(first.accountId);
  });
});
