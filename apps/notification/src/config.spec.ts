import { type ConfigError, loadConfig } from '@consignado/config';
import { NotificationConfig } from './config';

/** What loadConfig refuses about `variable` (other variables' problems, e.g. the base class's, aside). */
const problemsOf = (variable: string, env: Record<string, string>): string[] => {
  try {
    loadConfig(NotificationConfig, env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems.filter((p) => p.startsWith(`${variable}:`));
  }
};

describe('NotificationConfig (R-X-4)', () => {
  it('defaults to the local mail sink and the documented delivery settings', () => {
    expect(loadConfig(NotificationConfig, {})).toMatchObject({
      PORT: 3006,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: 2525,
      MAIL_FROM: 'ConsignadoHub <nao-responda@consignadohub.com.br>',
      DELIVERY_POLL_INTERVAL_MS: 500,
      DELIVERY_BACKOFF_BASE_MS: 1_000,
      DELIVERY_BACKOFF_MAX_MS: 300_000,
    });
    expect(loadConfig(NotificationConfig, {}).auth).toEqual({ issuer: 'http://127.0.0.1:9400', audience: 'urn:consignado:api' });
  });

  it('refuses the development identity provider in production, and takes an https issuer (R-SEC-1, R-SEC-2)', () => {
    expect(problemsOf('OIDC_ISSUER', { APP_ENV: 'production' })).toEqual(['OIDC_ISSUER: OIDC_ISSUER must be an https:// issuer in production (the development provider is refused)']);
    expect(problemsOf('OIDC_ISSUER', { APP_ENV: 'production', OIDC_ISSUER: 'https://sso.banco.example/realms/consignado' })).toEqual([]);
  });

  it.each([
    [{ SMTP_PORT: 'x' }, 'SMTP_PORT'],
    [{ MAIL_FROM: 'sem arroba' }, 'MAIL_FROM'],
    [{ DELIVERY_BACKOFF_BASE_MS: '5000', DELIVERY_BACKOFF_MAX_MS: '1000' }, 'DELIVERY_BACKOFF_MAX_MS'],
    [{ DELIVERY_POLL_INTERVAL_MS: '0' }, 'DELIVERY_POLL_INTERVAL_MS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(NotificationConfig, env)).toThrow(new RegExp(variable));
  });
});
