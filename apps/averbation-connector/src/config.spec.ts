import { type ConfigError, loadConfig } from '@consignado/config';
import { AverbationConnectorConfig } from './config';

/** What loadConfig refuses about `variable` (other variables' problems, e.g. the base class's, aside). */
const problemsOf = (variable: string, env: Record<string, string>): string[] => {
  try {
    loadConfig(AverbationConnectorConfig, env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems.filter((p) => p.startsWith(`${variable}:`));
  }
};

describe('AverbationConnectorConfig (R-X-4)', () => {
  it('has the documented defaults', () => {
    const c = loadConfig(AverbationConnectorConfig, {});
    expect([c.PORT, c.DATAPREV_URL, c.DATAPREV_TIMEOUT_MS, c.REDIS_URL, c.MARGIN_CACHE_TTL_SECONDS, c.AVERBATION_MAX_ATTEMPTS, c.AVERBATION_BACKOFF_BASE_MS, c.AVERBATION_BACKOFF_MAX_MS]).toEqual([
      3004, 'http://127.0.0.1:3090', 15_000, 'redis://127.0.0.1:6379', 300, 6, 1_000, 60_000,
    ]);
    expect(c.DATABASE_URL).toMatch(/consignado_averbation$/);
    expect(c.leaseMs).toBe(15_000);
  });

  it('rides out a minute of Dataprev outage by default: the retry budgets are windows of 2 and 10 minutes', () => {
    const c = loadConfig(AverbationConnectorConfig, {});
    expect([c.MARGIN_CHECK_MAX_ATTEMPTS, c.MARGIN_CHECK_RETRY_WINDOW_MS, c.AVERBATION_RETRY_WINDOW_MS]).toEqual([4, 120_000, 600_000]);
  });

  it('has the exchange’s defaults: the mock CTC and its development participant', () => {
    const c = loadConfig(AverbationConnectorConfig, {});
    expect([c.CTC_URL, c.CTC_PARTICIPANT_ISPB, c.CTC_API_KEY, c.CTC_TIMEOUT_MS, c.CTC_MAX_ATTEMPTS, c.CTC_BACKOFF_BASE_MS, c.CTC_BACKOFF_MAX_MS, c.CTC_FEED_POLL_INTERVAL_MS, c.CTC_FEED_PAGE_SIZE]).toEqual([
      'http://127.0.0.1:3092', '99000001', 'ctc-participant-dev-key', 10_000, 8, 2_000, 120_000, 2_000, 100,
    ]);
    expect(c.ctcLeaseMs).toBe(50_000);
  });

  it('has the insurer’s defaults: the mock claims desk and its development key', () => {
    const c = loadConfig(AverbationConnectorConfig, {});
    expect([c.INSURER_URL, c.INSURER_API_KEY, c.INSURER_TIMEOUT_MS, c.INSURER_POLL_INTERVAL_MS, c.INSURER_BACKOFF_BASE_MS, c.INSURER_BACKOFF_MAX_MS, c.INSURER_ALERT_AFTER_ATTEMPTS]).toEqual([
      'http://127.0.0.1:3093', 'insurer-partner-dev-key', 10_000, 2_000, 1_000, 60_000, 8,
    ]);
  });

  it('has the payment rail’s defaults: the mock rail and its development key', () => {
    const c = loadConfig(AverbationConnectorConfig, {});
    expect([c.RAIL_URL, c.RAIL_API_KEY, c.RAIL_TIMEOUT_MS, c.RAIL_POLL_INTERVAL_MS, c.RAIL_BACKOFF_BASE_MS, c.RAIL_BACKOFF_MAX_MS, c.RAIL_MAX_ATTEMPTS]).toEqual([
      'http://127.0.0.1:3094', 'rail-partner-dev-key', 10_000, 1_000, 1_000, 60_000, 8,
    ]);
  });

  it('takes OIDC tokens from the local provider by default (R-SEC-1)', () => {
    expect(loadConfig(AverbationConnectorConfig, {}).auth).toEqual({ issuer: 'http://127.0.0.1:9400', audience: 'urn:consignado:api' });
  });

  it.each([
    ['OIDC_ISSUER', 'https://sso.banco.example/realms/consignado', 'OIDC_ISSUER: OIDC_ISSUER must be an https:// issuer in production (the development provider is refused)'],
    ['CTC_API_KEY', 'key-from-the-vault', 'CTC_API_KEY: CTC_API_KEY must be set in production (the development key is refused)'],
    ['INSURER_API_KEY', 'key-from-the-vault', 'INSURER_API_KEY: INSURER_API_KEY must be set in production (the development key is refused)'],
    ['RAIL_API_KEY', 'key-from-the-vault', 'RAIL_API_KEY: RAIL_API_KEY must be set in production (the development key is refused)'],
  ])('refuses the development %s in production, and takes a real one (R-SEC-2)', (variable, real, problem) => {
    expect(problemsOf(variable, { APP_ENV: 'production' })).toEqual([problem]);
    expect(problemsOf(variable, { APP_ENV: 'production', [variable]: real })).toEqual([]);
    expect(problemsOf(variable, {})).toEqual([]);
  });

  it.each([
    [{ DATAPREV_URL: 'ftp://dataprev' }, 'DATAPREV_URL'],
    [{ DATAPREV_URL: 'dataprev:3090' }, 'DATAPREV_URL'],
    [{ DATAPREV_TIMEOUT_MS: '10' }, 'DATAPREV_TIMEOUT_MS'],
    [{ REDIS_URL: 'http://redis' }, 'REDIS_URL'],
    [{ MARGIN_CACHE_TTL_SECONDS: '0' }, 'MARGIN_CACHE_TTL_SECONDS'],
    [{ AVERBATION_MAX_ATTEMPTS: 'many' }, 'AVERBATION_MAX_ATTEMPTS'],
    [{ AVERBATION_BACKOFF_BASE_MS: '5000', AVERBATION_BACKOFF_MAX_MS: '1000' }, 'AVERBATION_BACKOFF_MAX_MS'],
    [{ REDIS_KEY_PREFIX: 'Bad Prefix' }, 'REDIS_KEY_PREFIX'],
    [{ CTC_URL: 'ctc:3092' }, 'CTC_URL'],
    [{ CTC_PARTICIPANT_ISPB: '9900001' }, 'CTC_PARTICIPANT_ISPB'],
    [{ CTC_API_KEY: 'short' }, 'CTC_API_KEY'],
    [{ CTC_TIMEOUT_MS: '50' }, 'CTC_TIMEOUT_MS'],
    [{ CTC_MAX_ATTEMPTS: '0' }, 'CTC_MAX_ATTEMPTS'],
    [{ CTC_BACKOFF_BASE_MS: '5000', CTC_BACKOFF_MAX_MS: '1000' }, 'CTC_BACKOFF_MAX_MS'],
    [{ CTC_FEED_POLL_INTERVAL_MS: '10' }, 'CTC_FEED_POLL_INTERVAL_MS'],
    [{ CTC_FEED_PAGE_SIZE: '501' }, 'CTC_FEED_PAGE_SIZE'],
    [{ INSURER_URL: 'insurer:3093' }, 'INSURER_URL'],
    [{ INSURER_API_KEY: 'short' }, 'INSURER_API_KEY'],
    [{ INSURER_TIMEOUT_MS: '50' }, 'INSURER_TIMEOUT_MS'],
    [{ INSURER_POLL_INTERVAL_MS: '10' }, 'INSURER_POLL_INTERVAL_MS'],
    [{ INSURER_BACKOFF_BASE_MS: '5000', INSURER_BACKOFF_MAX_MS: '1000' }, 'INSURER_BACKOFF_MAX_MS'],
    [{ INSURER_ALERT_AFTER_ATTEMPTS: '0' }, 'INSURER_ALERT_AFTER_ATTEMPTS'],
    [{ RAIL_URL: 'rail:3094' }, 'RAIL_URL'],
    [{ RAIL_API_KEY: 'short' }, 'RAIL_API_KEY'],
    [{ RAIL_TIMEOUT_MS: '50' }, 'RAIL_TIMEOUT_MS'],
    [{ RAIL_POLL_INTERVAL_MS: '10' }, 'RAIL_POLL_INTERVAL_MS'],
    [{ RAIL_BACKOFF_BASE_MS: '5000', RAIL_BACKOFF_MAX_MS: '1000' }, 'RAIL_BACKOFF_MAX_MS'],
    [{ RAIL_MAX_ATTEMPTS: '0' }, 'RAIL_MAX_ATTEMPTS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(AverbationConnectorConfig, env)).toThrow(new RegExp(`${variable}:`));
  });
});
