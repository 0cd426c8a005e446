import { loadConfig } from '@consignado/config';
import { LoanConfig } from './config';

describe('LoanConfig: the retention offer of a portability out (R-LN-11)', () => {
  it.each([[undefined, '0'], ['0', '0'], ['0.002', '0.002'], ['0.000001', '0.000001']])('PORTABILITY_RETENTION_RATE_CUT %s → %s', (value, expected) => {
    const env = value === undefined ? {} : { PORTABILITY_RETENTION_RATE_CUT: value };
    expect(loadConfig(LoanConfig, env).PORTABILITY_RETENTION_RATE_CUT).toBe(expected);
  });

  it.each(['0.2%', '1', '1.5', '-0.001', '0.0000001', 'abc'])('refuses to start on %j', (value) => {
    expect(() => loadConfig(LoanConfig, { PORTABILITY_RETENTION_RATE_CUT: value })).toThrow(/PORTABILITY_RETENTION_RATE_CUT must be a monthly fraction/);
  });
});

describe('LoanConfig: the token issuer of the contract API (R-SEC-1)', () => {
  it('checks tokens of the local provider in development', () => {
    expect(loadConfig(LoanConfig, {}).auth).toEqual({ issuer: 'http://127.0.0.1:9400', audience: 'urn:consignado:api' });
  });

  const PRODUCTION_RING = JSON.stringify({ keys: { k1: Buffer.alloc(32, 3).toString('base64') }, active: 'k1', lookupKey: Buffer.alloc(32, 4).toString('base64') });

  it('refuses the development provider in production and accepts an https issuer', () => {
    expect(() => loadConfig(LoanConfig, { APP_ENV: 'production' })).toThrow(/OIDC_ISSUER must be an https:\/\/ issuer in production/);
    const config = loadConfig(LoanConfig, { APP_ENV: 'production', OIDC_ISSUER: 'https://sso.banco.example/realms/consignado', PII_KEY_RING: PRODUCTION_RING });
    expect(config.auth.issuer).toBe('https://sso.banco.example/realms/consignado');
  });
});

describe('LoanConfig: the retention of closed contracts\' records (LGPD art. 16 I)', () => {
  it.each([[undefined, 10], ['1', 1], ['10', 10], ['30', 30]])('CONTRACT_RECORDS_RETENTION_YEARS %s → %s', (value, expected) => {
    const env = value === undefined ? {} : { CONTRACT_RECORDS_RETENTION_YEARS: value };
    expect(loadConfig(LoanConfig, env).CONTRACT_RECORDS_RETENTION_YEARS).toBe(expected);
  });

  it.each(['0', '31', '2.5', '-1', 'dez', ''])('refuses to start on %j', (value) => {
    expect(() => loadConfig(LoanConfig, { CONTRACT_RECORDS_RETENTION_YEARS: value })).toThrow(/CONTRACT_RECORDS_RETENTION_YEARS must be a whole number of years between 1 and 30/);
  });
});
