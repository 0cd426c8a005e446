import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type KeyLike, SignJWT } from 'jose';
import { AccessTokenVerifier } from './access-token.verifier';

const AUDIENCE = 'urn:consignado:api';
const CUSTOMER = '0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55';

describe('AccessTokenVerifier', () => {
  let server: Server;
  let issuer: string;
  let key: KeyLike;
  let verifier: AccessTokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    key = pair.privateKey;
    const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] };
    server = createServer((req, res) => {
      const body = req.url === '/.well-known/openid-configuration' ? { issuer, jwks_uri: `${issuer}/jwks` } : jwks;
      res.setHeader('content-type', 'application/json').end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    verifier = new AccessTokenVerifier({ issuer, audience: AUDIENCE });
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const token = (claims: Record<string, unknown> = {}, options: { key?: KeyLike; iss?: string; aud?: string; exp?: number } = {}) =>
    new SignJWT({ channel: 'DIGITAL', cpf: '52998224725', client_id: 'digital-app', scope: 'origination contracts:read', ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' })
      .setIssuer(options.iss ?? issuer)
      .setAudience(options.aud ?? AUDIENCE)
      .setSubject(CUSTOMER)
      .setIssuedAt()
      .setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 300)
      .sign(options.key ?? key);

  it('turns a valid customer token into a principal bound to its subject', async () => {
    await expect(verifier.verify(await token())).resolves.toEqual({
      channel: 'DIGITAL', customerId: CUSTOMER, cpf: '52998224725', clientId: 'digital-app', scopes: ['origination', 'contracts:read'],
    });
  });

  it.each([
    ['another audience', { aud: 'urn:other:api' }, 'AUTH.TOKEN_INVALID'],
    ['another issuer', { iss: 'http://evil.example' }, 'AUTH.TOKEN_INVALID'],
    ['an expired token', { exp: Math.floor(Date.now() / 1000) - 60 }, 'AUTH.TOKEN_EXPIRED'],
  ])('refuses %s', async (_name, options, code) => {
    await expect(verifier.verify(await token({}, options))).rejects.toMatchObject({ code });
  });

  it('answers a token it verified again from memory, and a tampered copy of it never', async () => {
    const valid = await token();
    const first = await verifier.verify(valid);
    await expect(verifier.verify(valid)).resolves.toBe(first);
    const [header, payload, signature] = valid.split('.');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verifier.verify(`${header}.${payload}.${flipped}`)).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
  });

  it('refuses a token signed with a key the issuer does not publish', async () => {
    const forger = await generateKeyPair('ES256');
    await expect(verifier.verify(await token({}, { key: forger.privateKey }))).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
  });

  it('refuses an unsigned token (alg none) and garbage', async () => {
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: issuer, aud: AUDIENCE, sub: CUSTOMER, exp: 9e9 })).toString('base64url')}.`;
    await expect(verifier.verify(unsigned)).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
    await expect(verifier.verify('not-a-jwt')).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
  });

  it('refuses a validly signed token whose channel claims are incomplete', async () => {
    await expect(verifier.verify(await token({ channel: 'CORBAN' }))).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
    await expect(verifier.verify(await token({ channel: 'ROOT' }))).rejects.toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
  });

  it('answers provider unavailable (not invalid) when discovery cannot be reached, and recovers later', async () => {
    const offline = new AccessTokenVerifier({ issuer: 'http://127.0.0.1:9', audience: AUDIENCE });
    await expect(offline.verify(await token())).rejects.toMatchObject({ code: 'AUTH.PROVIDER_UNAVAILABLE' });
  });
});
