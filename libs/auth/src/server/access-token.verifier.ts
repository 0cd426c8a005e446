import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AuthError } from './auth.errors';
import { principalFromClaims } from './claims';
import type { Principal } from './principal';
import { VerifiedTokens } from './verified-tokens';

export interface VerifierOptions {
  /** The provider's issuer URL; its discovery document names the JWKS. */
  readonly issuer: string;
  /** This platform's API (the `aud` every access token must name). */
  readonly audience: string;
  /** Allowed clock skew, in seconds. */
  readonly clockToleranceS?: number;
}

const ALGORITHMS = ['ES256', 'ES384', 'RS256', 'PS256', 'EdDSA'];

/**
 * Validates bearer tokens against the issuer's JWKS (R-SEC-1): signature, issuer, audience,
 * expiry; then the claims into a Principal. Discovery runs on first use and is retried after a
 * failure, so a service may start before its provider; jose caches and refreshes the key set. A
 * verified token is remembered for a minute at most (VerifiedTokens), never past its expiry.
 */
export class AccessTokenVerifier {
  private keys?: Promise<JWTVerifyGetKey>;
  private readonly verified = new VerifiedTokens();

  constructor(private readonly options: VerifierOptions) {}

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known) return known;
    const keys = await this.keySet();
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: this.options.clockToleranceS ?? 5,
        requiredClaims: ['exp', 'sub'],
      });
      const principal = principalFromClaims(payload);
      this.verified.remember(token, principal, payload.exp as number); // exp is a required claim
      return principal;
    } catch (error) {
      throw translate(error);
    }
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    this.keys ??= discoverJwks(this.options.issuer).catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }
}

async function discoverJwks(issuer: string): Promise<JWTVerifyGetKey> {
  try {
    const res = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
    if (!res.ok) throw new Error(`discovery answered ${res.status}`);
    const { jwks_uri: uri } = (await res.json()) as { jwks_uri?: string };
    if (!uri) throw new Error('discovery has no jwks_uri');
    return createRemoteJWKSet(new URL(uri), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  } catch {
    throw AuthError.providerUnavailable();
  }
}

function translate(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof errors.JWTExpired) return AuthError.expiredToken();
  if (error instanceof errors.JWKSTimeout) return AuthError.providerUnavailable();
  if (error instanceof errors.JOSEError) return AuthError.invalidToken();
  // A JWKS fetch that failed at the network level surfaces as a plain error.
  return error instanceof TypeError ? AuthError.providerUnavailable() : AuthError.invalidToken();
}
