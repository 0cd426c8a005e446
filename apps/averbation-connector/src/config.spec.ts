import { loadConfig } from '@consignado/config';
import { AverbationConnectorConfig } from './config';

describe('AverbationConnectorConfig (R-X-4)', () => {
  it('has the documented defaults', () => {
    const c = loadConfig(AverbationConnectorConfig, {});
    expect([c.PORT, c.DATAPREV_URL, c.DATAPREV_TIMEOUT_MS, c.REDIS_URL, c.MARGIN_CACHE_TTL_SECONDS, c.AVERBATION_MAX_ATTEMPTS, c.AVERBATION_BACKOFF_BASE_MS, c.AVERBATION_BACKOFF_MAX_MS]).toEqual([
      3004, 'http://127.0.0.1:3090', 15_000, 'redis://127.0.0.1:6379', 300, 6, 1_000, 60_000,
    ]);
    expect(c.DATABASE_URL).toMatch(/consignado_averbation$/);
    expect(c.leaseMs).toBe(75_000);
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
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(AverbationConnectorConfig, env)).toThrow(new RegExp(`${variable}:`));
  });
});
