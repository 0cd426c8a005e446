import { randomUUID } from 'node:crypto';
import { ASSERTION_TYPE, clientAssertion } from '@consignado/auth';
import { exportJWK, generateKeyPair } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identity, refusal, verifyAccessToken } from './support';

/** client_credentials with private_key_jwt against the running provider. */
describe('client credentials (private_key_jwt)', () => {
  it('gives a corban a JWT for the API with its partner id, verifiable with the JWKS', async () => {
    const claims = await verifyAccessToken(await identity.clientToken('corban-alpha'));
    expect(claims).toEqual({
      iss: identity.issuer,
      aud: 'urn:consignado:api',
      sub: 'corban-alpha',
      client_id: 'corban-alpha',
      scope: 'origination',
      channel: 'CORBAN',
      partner_id: '6f1c2d3e-0000-4000-8000-00000000a1fa',
      jti: expect.any(String),
      iat: expect.any(Number),
      exp: expect.any(Number),
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(900);
  });

  it('gives an internal system all its API scopes when none is asked, a subset when asked', async () => {
    const all = await verifyAccessToken(await identity.clientToken('internal-origination'));
    expect(all).toMatchObject({ scope: 'origination contracts:read backoffice', channel: 'INTERNAL', operator_id: 'internal-origination', roles: ['OPERATOR'] });
    const some = await verifyAccessToken(await identity.clientToken('servicing-ops', ['contracts:read']));
    expect(some).toMatchObject({ scope: 'contracts:read', operator_id: 'servicing-ops', roles: ['SERVICING', 'CLOCK_ADMIN', 'AUDITOR', 'DLQ_OPERATOR'] });
  });

  it('refuses a scope the client is not registered for (invalid_scope)', async () => {
    expect(await refusal(identity.clientToken('corban-beta', ['backoffice']))).toMatchObject({ error: 'invalid_scope', status: 400 });
    expect(await refusal(identity.clientToken('payroll-source', ['backoffice', 'payments:write']))).toMatchObject({ error: 'invalid_scope' });
  });

  it('refuses an assertion signed with another key under the client’s kid (invalid_client)', async () => {
    const { token_endpoint } = await identity.endpoints();
    const real = JSON.parse(readFileSync(join(identity.dir, 'clients', 'corban-alpha.private.jwk.json'), 'utf8'));
    const forged = { ...(await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey)), kid: real.kid, alg: 'ES256' };
    const send = async (key: typeof forged) => {
      const assertion = await clientAssertion('corban-alpha', key, token_endpoint);
      const form = { grant_type: 'client_credentials', client_id: 'corban-alpha', client_assertion_type: ASSERTION_TYPE, client_assertion: assertion, resource: 'urn:consignado:api' };
      return fetch(token_endpoint, { method: 'POST', body: new URLSearchParams(form) });
    };
    const refused = await send(forged);
    expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([401, 'invalid_client']);
    expect((await send(real)).status).toBe(200); // the same request with the real key passes
  });

  it('refuses a resource other than the API (invalid_target)', async () => {
    const { token_endpoint } = await identity.endpoints();
    const key = JSON.parse(readFileSync(join(identity.dir, 'clients', 'corban-beta.private.jwk.json'), 'utf8'));
    const form = {
      grant_type: 'client_credentials',
      client_id: 'corban-beta',
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: await clientAssertion('corban-beta', key, token_endpoint),
      resource: `urn:other:${randomUUID()}`,
    };
    const res = await fetch(token_endpoint, { method: 'POST', body: new URLSearchParams(form) });
    expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([400, 'invalid_target']);
  });

  it('publishes only public keys in the JWKS', async () => {
    const { jwks_uri } = await identity.endpoints();
    const { keys } = (await (await fetch(jwks_uri)).json()) as { keys: Record<string, string>[] };
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => 'd' in k)).toEqual([]);
  });
});
