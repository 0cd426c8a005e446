import { IdentityClient, issuerForPort } from '@consignado/auth';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';

/** The provider `node infra/stack.mjs up` started (IDENTITY_PORT, default 9400). */
export const issuer = issuerForPort(process.env['IDENTITY_PORT'] || 9400);
export const identity = new IdentityClient({ issuer });

let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

/** Verifies an access token as a resource server would: the provider's JWKS, issuer, audience, typ. */
export async function verifyAccessToken(token: string): Promise<JWTPayload> {
  const { jwks_uri } = await identity.endpoints();
  jwks ??= createRemoteJWKSet(new URL(jwks_uri));
  const { payload } = await jwtVerify(token, jwks, { issuer, audience: 'urn:consignado:api', typ: 'at+jwt', algorithms: ['ES256'] });
  expect(decodeProtectedHeader(token).kid).toEqual(expect.any(String));
  return payload;
}

/** The error an IdentityClient call was refused with. */
export async function refusal(call: Promise<unknown>): Promise<{ error: string; errorDescription?: string; status?: number }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!error) throw new Error('expected the provider to refuse');
  return error as { error: string; errorDescription?: string; status?: number };
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
