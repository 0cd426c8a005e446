import { loadConfig } from '@consignado/config';
import { DataprevMockConfig } from './config';

describe('DataprevMockConfig (R-X-4)', () => {
  it('defaults to a slow, unstable Dataprev on port 3090', () => {
    const config = loadConfig(DataprevMockConfig, {});
    expect([config.PORT, config.DATAPREV_LATENCY_MIN_MS, config.DATAPREV_LATENCY_MAX_MS, config.DATAPREV_FAILURE_RATE, config.DATAPREV_CHAOS_SEED]).toEqual([3090, 2000, 10000, 0.1, undefined]);
    expect(config.DATABASE_URL).toMatch(/consignado_dataprev$/);
  });

  it('reads chaos settings from the environment', () => {
    const config = loadConfig(DataprevMockConfig, {
      DATAPREV_LATENCY_MIN_MS: '0',
      DATAPREV_LATENCY_MAX_MS: '50',
      DATAPREV_FAILURE_RATE: '0.25',
      DATAPREV_OUTAGES: 'every 60s for 5s, 22:00-23:00',
      DATAPREV_CHAOS_SEED: '42',
    });
    expect(config.chaosOptions().settings).toEqual({ latencyMinMs: 0, latencyMaxMs: 50, failureRate: 0.25, outages: ['every 60s for 5s', '22:00-23:00'], unavailable: false });
    expect(config.DATAPREV_CHAOS_SEED).toBe(42);
  });

  it.each([
    [{ DATAPREV_LATENCY_MIN_MS: '500', DATAPREV_LATENCY_MAX_MS: '100' }, 'DATAPREV_LATENCY_MAX_MS'],
    [{ DATAPREV_FAILURE_RATE: '1.5' }, 'DATAPREV_FAILURE_RATE'],
    [{ DATAPREV_FAILURE_RATE: 'often' }, 'DATAPREV_FAILURE_RATE'],
    [{ DATAPREV_OUTAGES: 'at night' }, 'DATAPREV_OUTAGES'],
    [{ DATAPREV_CHAOS_SEED: '-1' }, 'DATAPREV_CHAOS_SEED'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(DataprevMockConfig, env)).toThrow(new RegExp(`${variable}:`));
  });
});
