import { IsIn, IsString, IsUrl } from 'class-validator';
import { InProduction } from './in-production';
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

  get auth(): { issuer: string; audience: string } {
    return { issuer: this.OIDC_ISSUER, audience: this.OIDC_AUDIENCE };
  }
}
