import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** A JSON Web Key as stored in infra/.run/identity (EC P-256, ES256). */
export interface EcJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  d?: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

/** A new EC P-256 private JWK for ES256 signatures, with a random `kid`. */
export function newSigningJwk(prefix: string): EcJwk {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' }) as { x: string; y: string; d: string };
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, d: jwk.d, kid: `${prefix}-${randomBytes(6).toString('hex')}`, alg: 'ES256', use: 'sig' };
}

/** The public half of `jwk` (no `d`). */
export function publicJwk(jwk: EcJwk): EcJwk {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid: jwk.kid, alg: jwk.alg, use: jwk.use };
}

/** A random secret of 32 bytes, base64url (cookie keys, generated passwords). */
export const randomSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');
