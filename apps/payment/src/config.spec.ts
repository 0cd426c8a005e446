import { ConfigError, loadConfig } from '@consignado/config';
import { PaymentConfig } from './config';

const RING = JSON.stringify({ keys: { k1: Buffer.alloc(32, 7).toString('base64') }, active: 'k1', lookupKey: Buffer.alloc(32, 9).toString('base64') });
/** What a production deployment sets besides this service's own variables (libs/config). */
const PRODUCTION = { APP_ENV: 'production', OIDC_ISSUER: 'https://sso.banco.example/realms/consignado', PII_KEY_RING: RING };
const CLOCK_REFUSED = 'BUSINESS_CLOCK_ADJUSTABLE: BUSINESS_CLOCK_ADJUSTABLE must be false in production';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(PaymentConfig, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('payment configuration (R-X-4, R-SEC-2)', () => {
  it('boots on the documented defaults: the local provider, an adjustable clock in development', () => {
    const config = loadConfig(PaymentConfig, {});
    expect([config.PORT, config.APP_ENV, config.BUSINESS_CLOCK_ADJUSTABLE]).toEqual([3005, 'development', true]);
    expect(config.auth).toEqual({ issuer: 'http://127.0.0.1:9400', audience: 'urn:consignado:api' });
    expect('ADMIN_API_KEY' in config).toBe(false);
  });

  it('refuses, in production, an adjustable business clock — the default and an explicit true', () => {
    for (const env of [PRODUCTION, { ...PRODUCTION, BUSINESS_CLOCK_ADJUSTABLE: 'true' }]) expect(problems(env)).toEqual([CLOCK_REFUSED]);
  });

  it('keeps an adjustable clock in development, and lets production lock it', () => {
    expect(problems({ BUSINESS_CLOCK_ADJUSTABLE: 'true' })).toEqual([]);
    const config = loadConfig(PaymentConfig, { ...PRODUCTION, BUSINESS_CLOCK_ADJUSTABLE: 'false' });
    expect([config.BUSINESS_CLOCK_ADJUSTABLE, config.auth.issuer]).toEqual([false, PRODUCTION.OIDC_ISSUER]);
  });

  it('refuses a clock flag that is not true or false', () => {
    expect(problems({ BUSINESS_CLOCK_ADJUSTABLE: 'yes' })[0]).toMatch(/^BUSINESS_CLOCK_ADJUSTABLE:/);
  });
});
