import { ConfigError, loadConfig } from '@consignado/config';
import { CreditAnalysisConfig } from './config';

/** What loadConfig refuses about `variable` (other variables' problems, e.g. the base class's, aside). */
const problemsOf = (variable: string, env: Record<string, string>): string[] => {
  try {
    loadConfig(CreditAnalysisConfig, env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems.filter((p) => p.startsWith(`${variable}:`));
  }
};

describe('CreditAnalysisConfig (R-X-4)', () => {
  it('defaults: port 3002, own database, deterministic scores, INSS rate = cap in force', () => {
    const config = loadConfig(CreditAnalysisConfig, {});
    expect(config.PORT).toBe(3002);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/consignado_credit_analysis');
    expect(config.SCORE_PROVIDER).toBe('deterministic');
    expect(config.INSS_MONTHLY_RATE).toBeUndefined();
    expect(config.auth).toEqual({ issuer: 'http://127.0.0.1:9400', audience: 'urn:consignado:api' });
  });

  it('refuses the development identity provider in production, and takes an https issuer (R-SEC-1, R-SEC-2)', () => {
    expect(problemsOf('OIDC_ISSUER', { APP_ENV: 'production' })).toEqual(['OIDC_ISSUER: OIDC_ISSUER must be an https:// issuer in production (the development provider is refused)']);
    expect(problemsOf('OIDC_ISSUER', { APP_ENV: 'production', OIDC_ISSUER: 'https://sso.banco.example/realms/consignado' })).toEqual([]);
  });

  it.each(['0.0179', '0.0185', '0.000000000001'])('accepts INSS_MONTHLY_RATE=%s', (rate) => {
    expect(loadConfig(CreditAnalysisConfig, { INSS_MONTHLY_RATE: rate }).INSS_MONTHLY_RATE).toBe(rate);
  });

  it('treats an empty INSS_MONTHLY_RATE as unset', () => {
    expect(loadConfig(CreditAnalysisConfig, { INSS_MONTHLY_RATE: '' }).INSS_MONTHLY_RATE).toBeUndefined();
  });

  it.each([
    ['INSS_MONTHLY_RATE', '1.85'],
    ['INSS_MONTHLY_RATE', '0'],
    ['INSS_MONTHLY_RATE', '0.0'],
    ['INSS_MONTHLY_RATE', '0,0185'],
    ['INSS_MONTHLY_RATE', '1'],
    ['SCORE_PROVIDER', 'serasa'],
  ])('refuses %s=%s naming the variable', (variable, value) => {
    expect(() => loadConfig(CreditAnalysisConfig, { [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig(CreditAnalysisConfig, { [variable]: value })).toThrow(new RegExp(`${variable}:`));
  });
});
