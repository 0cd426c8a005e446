import { decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { clientAssertion } from './client-assertion';

describe('private_key_jwt client assertion', () => {
  it('is signed ES256 with the kid, iss = sub = client, aud = token endpoint, 60 s, random jti', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: 'k1', alg: 'ES256' };
    const token = await clientAssertion('corban-alpha', jwk, 'http://127.0.0.1:9400/token');
    const { payload } = await jwtVerify(token, publicKey, { issuer: 'corban-alpha', subject: 'corban-alpha', audience: 'http://127.0.0.1:9400/token' });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: 'k1' });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(60);
    const other = await clientAssertion('corban-alpha', jwk, 'http://127.0.0.1:9400/token');
    expect((await jwtVerify(other, publicKey)).payload.jti).not.toBe(payload.jti);
  });
});
