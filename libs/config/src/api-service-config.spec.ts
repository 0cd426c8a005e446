import { ConfigError, loadConfig } from './load-config';
import { ApiServiceConfig } from './api-service-config';
import { NotInProduction } from './in-production';

const RING = JSON.stringify({ keys: { k1: Buffer.alloc(32, 7).toString('base64') }, active: 'k1', lookupKey: Buffer.alloc(32, 9).toString('base64') });

class WithSecret extends ApiServiceConfig {
  @NotInProduction('dev-secret', 'SECRET must be set in production')
  SECRET = 'dev-secret';
}

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(WithSecret, env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe('ApiServiceConfig (R-SEC-1, R-SEC-2)', () => {
  it('defaults to the local provider in development', () => {
    expect(loadConfig(WithSecret, {}).auth).toEqual({ issuer: 'http://127.0.0.1:9400', audience: 'urn:consignado:api' });
  });

  it('refuses, in production, the development provider and every development secret — all at once', () => {
    expect(problems({ APP_ENV: 'production' }).sort()).toEqual([
      'OIDC_ISSUER: OIDC_ISSUER must be an https:// issuer in production (the development provider is refused)',
      'PII_KEY_RING: PII_KEY_RING must be set in production (the development key ring is refused)',
      'SECRET: SECRET must be set in production',
    ]);
  });

  it('boots in production with a real issuer and secrets', () => {
    expect(problems({ APP_ENV: 'production', OIDC_ISSUER: 'https://sso.example/realms/consignado', SECRET: 'from-the-vault', PII_KEY_RING: RING })).toEqual([]);
  });

  it('refuses a key ring that is not JSON or lacks its active key, never echoing the keys', () => {
    expect(problems({ PII_KEY_RING: 'not json' })).toEqual(['PII_KEY_RING: PII_KEY_RING must be JSON { keys, active, lookupKey }']);
    const missing = problems({ PII_KEY_RING: JSON.stringify({ ...JSON.parse(RING), active: 'k9' }) });
    expect(missing).toEqual(['PII_KEY_RING: PII_KEY_RING: the active PII key k9 is not in the key ring']);
  });

  it('refuses an unknown environment', () => {
    expect(problems({ APP_ENV: 'staging' })[0]).toMatch(/^APP_ENV:/);
  });
});
