import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';

export const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * A private_key_jwt client assertion (RFC 7523): iss = sub = the client id, aud = the token
 * endpoint, a random jti, valid 60 s, signed ES256 with the client's private JWK (its `kid` in the header).
 */
export async function clientAssertion(clientId: string, privateJwk: JWK, tokenEndpoint: string): Promise<string> {
  const alg = privateJwk.alg ?? 'ES256';
  const key = await importJWK(privateJwk, alg);
  return new SignJWT({})
    .setProtectedHeader({ alg, kid: privateJwk.kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenEndpoint)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key);
}
