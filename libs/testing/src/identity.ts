import { IdentityClient } from '@consignado/auth';
import { testEndpoints } from './env';

let shared: IdentityClient | undefined;

/**
 * The local identity provider's client for tests: real tokens, real flows (client credentials
 * with private_key_jwt, authorization code + PKCE). One per test process, so tokens are cached.
 */
export function testIdentity(): IdentityClient {
  shared ??= new IdentityClient({ issuer: testEndpoints().oidcIssuer });
  return shared;
}

/** `Authorization: Bearer …` for a fetch. */
export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
