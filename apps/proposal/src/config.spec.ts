import { ConfigError, loadConfig } from '@consignado/config';
import { ProposalConfig } from './config';

/** A production key ring for personal data at rest (R-SEC-3): the development one is refused there. */
const RING = JSON.stringify({ keys: { k1: Buffer.alloc(32, 7).toString('base64') }, active: 'k1', lookupKey: Buffer.alloc(32, 9).toString('base64') });

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(ProposalConfig, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('proposal configuration (R-X-4)', () => {
  it('boots on the documented defaults', () => {
    const config = loadConfig(ProposalConfig, {});
    expect([config.PORT, config.DATABASE_URL]).toEqual([3001, 'postgres://postgres@127.0.0.1:5432/consignado_proposal']);
    expect(config.auth).toEqual({ issuer: 'http://127.0.0.1:9400', audience: 'urn:consignado:api' });
    expect(config.commissionPercents).toEqual({ NEW: '3.00', REFINANCING: '2.00', PORTABILITY: '1.50' });
    expect([config.INSS_MONTHLY_RATE, config.EVENT_MAX_ATTEMPTS, config.AHEAD_EVENT_ATTEMPTS]).toEqual([undefined, 8, 1]);
    expect([config.PERSONAL_DATA_RETENTION_DAYS, config.PERSONAL_DATA_RETENTION_INTERVAL_MS]).toEqual([1825, 86_400_000]);
    expect([config.ACCEPTANCE_WINDOW_MINUTES, config.ACCEPTANCE_EXPIRY_INTERVAL_MS]).toEqual([4320, 60_000]);
    expect(config.personalDataSources).toEqual({
      'credit-analysis': 'http://127.0.0.1:3002', loan: 'http://127.0.0.1:3003', 'averbation-connector': 'http://127.0.0.1:3004', payment: 'http://127.0.0.1:3005', notification: 'http://127.0.0.1:3006',
    });
  });

  it("closes logins as proposal-service with the local provider's key in development, and needs its own key and an https URL in production", () => {
    const config = loadConfig(ProposalConfig, {});
    expect([config.LOGIN_ACCOUNTS_URL, config.OIDC_CLIENT_ID, config.clientKeys]).toEqual(['http://127.0.0.1:9400/accounts/erasures', 'proposal-service', undefined]);
    const key = JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd' });
    expect(loadConfig(ProposalConfig, { OIDC_CLIENT_KEY: key }).clientKeys).toEqual({ 'proposal-service': JSON.parse(key) });
    const production = problems({ APP_ENV: 'production' });
    expect(production).toContain('OIDC_CLIENT_KEY: OIDC_CLIENT_KEY must be set in production (no local key files there)');
    expect(production).toContain('LOGIN_ACCOUNTS_URL: LOGIN_ACCOUNTS_URL must be https:// in production');
    expect(problems({ OIDC_CLIENT_KEY: 'not json' })).toEqual(['OIDC_CLIENT_KEY: OIDC_CLIENT_KEY must be a private JWK as JSON']);
  });

  it('reads the export sources as name=url pairs and refuses anything else', () => {
    expect(loadConfig(ProposalConfig, { PERSONAL_DATA_SOURCES: 'loan=https://loan.internal:8443/' }).personalDataSources).toEqual({ loan: 'https://loan.internal:8443' });
    expect(problems({ PERSONAL_DATA_SOURCES: 'loan=ftp://x' })).toEqual(['PERSONAL_DATA_SOURCES: PERSONAL_DATA_SOURCES must be name=http(s)://host:port pairs separated by commas']);
    expect(problems({ PERSONAL_DATA_RETENTION_DAYS: '7' })).toEqual([expect.stringContaining('PERSONAL_DATA_RETENTION_DAYS')]);
    expect(problems({ PERSONAL_DATA_RETENTION_INTERVAL_MS: '-1' })).toEqual([expect.stringContaining('PERSONAL_DATA_RETENTION_INTERVAL_MS')]);
  });

  it('takes the acceptance window in whole minutes, at least one, and the expiry interval in milliseconds', () => {
    expect(loadConfig(ProposalConfig, { ACCEPTANCE_WINDOW_MINUTES: '1', ACCEPTANCE_EXPIRY_INTERVAL_MS: '500' })).toMatchObject({ ACCEPTANCE_WINDOW_MINUTES: 1, ACCEPTANCE_EXPIRY_INTERVAL_MS: 500 });
    expect(problems({ ACCEPTANCE_WINDOW_MINUTES: '0' })).toEqual([expect.stringContaining('ACCEPTANCE_WINDOW_MINUTES')]);
    expect(problems({ ACCEPTANCE_WINDOW_MINUTES: '1.5' })).toEqual([expect.stringContaining('ACCEPTANCE_WINDOW_MINUTES')]);
    expect(problems({ ACCEPTANCE_EXPIRY_INTERVAL_MS: '50' })).toEqual([expect.stringContaining('ACCEPTANCE_EXPIRY_INTERVAL_MS')]);
  });

  it.each([
    [{ OIDC_ISSUER: 'not a url' }, "OIDC_ISSUER: OIDC_ISSUER must be the provider's issuer URL"],
    [{ APP_ENV: 'production' }, 'OIDC_ISSUER: OIDC_ISSUER must be an https:// issuer in production (the development provider is refused)'],
    [{ APP_ENV: 'production' }, 'PII_KEY_RING: PII_KEY_RING must be set in production (the development key ring is refused)'],
    [{ COMMISSION_NEW_PERCENT: '6' }, 'COMMISSION_NEW_PERCENT: COMMISSION_NEW_PERCENT must be a percentage from 2 to 5 (seed 003 §6.3), e.g. "2"'],
    [{ COMMISSION_REFINANCING_PERCENT: '0.99' }, 'COMMISSION_REFINANCING_PERCENT: COMMISSION_REFINANCING_PERCENT must be a percentage from 1 to 3 (seed 003 §6.3), e.g. "1"'],
    [{ COMMISSION_PORTABILITY_PERCENT: 'abc' }, 'COMMISSION_PORTABILITY_PERCENT: COMMISSION_PORTABILITY_PERCENT must be a percentage from 1 to 2 (seed 003 §6.3), e.g. "1"'],
    [{ INSS_MONTHLY_RATE: '1.5' }, 'INSS_MONTHLY_RATE: INSS_MONTHLY_RATE must be a monthly rate fraction above 0 and below 1, e.g. 0.0179'],
  ])('refuses %j naming the problem', (env, problem) => {
    expect(problems(env)).toContain(problem);
  });

  it('accepts a production issuer and percentages within the ranges', () => {
    const config = loadConfig(ProposalConfig, {
      APP_ENV: 'production',
      OIDC_ISSUER: 'https://sso.banco.example/realms/consignado',
      COMMISSION_NEW_PERCENT: '5',
      INSS_MONTHLY_RATE: '0.0179',
      PII_KEY_RING: RING,
      LOGIN_ACCOUNTS_URL: 'https://idp.banco.example/accounts/erasures',
      OIDC_CLIENT_KEY: JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', d: 'd' }),
    });
    expect(config.auth.issuer).toBe('https://sso.banco.example/realms/consignado');
    expect(config.commissionPercents.NEW).toBe('5');
    expect(config.piiCipher.seal('52998224725', 'customer.cpf')).toMatch(/^pii:v1:k1:/);
  });
});
