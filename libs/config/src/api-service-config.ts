import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { DEV_PII_KEY_RING, FieldCipher, type PiiKeyRing } from '@consignado/core';
import { InProduction, NotInProduction } from './in-production';
import { IsPiiKeyRing } from './pii-key-ring';
import { BaseServiceConfig } from './service-config';

/** The issuer of the local identity provider that `npm start`/`npm test` run (infra/README.md). */
export const DEV_OIDC_ISSUER = 'http://127.0.0.1:9400';

/**
 * A service with a public HTTP API: its callers' tokens come from an OpenID Connect provider
 * named by configuration (R-SEC-1); any standard provider (Keycloak, Entra ID…) fits. In
 * `APP_ENV=production` the service refuses development settings (R-SEC-2).
 */
export class ApiServiceConfig extends BaseServiceConfig {
  @IsIn(['development', 'production'])
  APP_ENV: 'development' | 'production' = 'development';

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'OIDC_ISSUER must be the provider\'s issuer URL' })
  @InProduction((v) => typeof v === 'string' && v.startsWith('https://'), 'OIDC_ISSUER must be an https:// issuer in production (the development provider is refused)')
  OIDC_ISSUER = DEV_OIDC_ISSUER;

  /** The `aud` every access token must carry: this platform's API. */
  @IsString()
  OIDC_AUDIENCE = 'urn:consignado:api';

  /** Where the rate-limit counters live, shared by a service's instances (R-SEC-2). */
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of the counters' keys (tests give each run its own). */
  @Matches(/^[a-z0-9][a-z0-9:_-]{0,60}$/, { message: 'RATE_LIMIT_KEY_PREFIX must be lower-case letters, digits, ":", "_" or "-"' })
  RATE_LIMIT_KEY_PREFIX = 'consignado';

  /**
   * Processes serving this service on one host (node:cluster, one port): each a whole instance of
   * the service. 1 runs it in the launched process itself.
   */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  HTTP_WORKERS = 1;

  /** Requests per minute of one OAuth client (a partner's or an internal system) to this service. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_CLIENT_PER_MINUTE = 6000;

  /** Requests per minute of one customer through the app to this service. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_CUSTOMER_PER_MINUTE = 300;

  /**
   * The personal-data key ring (LGPD, R-SEC-3), JSON `{ "keys": { "<id>": "<base64 of 32 bytes>" },
   * "active": "<id>", "lookupKey": "<base64 of 32 bytes>" }` — from a secret store in production.
   */
  @IsPiiKeyRing()
  @NotInProduction(JSON.stringify(DEV_PII_KEY_RING), 'PII_KEY_RING must be set in production (the development key ring is refused)')
  PII_KEY_RING = JSON.stringify(DEV_PII_KEY_RING);

  /** The cipher of personal data in columns and event fields. */
  get piiCipher(): FieldCipher {
    // Built once: the outbox codec and the repositories share it.
    this.cipher ??= new FieldCipher(JSON.parse(this.PII_KEY_RING) as PiiKeyRing);
    return this.cipher;
  }

  private cipher?: FieldCipher;

  get auth(): { issuer: string; audience: string } {
    return { issuer: this.OIDC_ISSUER, audience: this.OIDC_AUDIENCE };
  }

  /** What `startService` needs to secure the API. */
  get security(): { auth: { issuer: string; audience: string }; rateLimits: { redisUrl: string; keyPrefix: string; perClientPerMinute: number; perCustomerPerMinute: number } } {
    return {
      auth: this.auth,
      rateLimits: { redisUrl: this.REDIS_URL, keyPrefix: this.RATE_LIMIT_KEY_PREFIX, perClientPerMinute: this.RATE_LIMIT_PER_CLIENT_PER_MINUTE, perCustomerPerMinute: this.RATE_LIMIT_PER_CUSTOMER_PER_MINUTE },
    };
  }
}
