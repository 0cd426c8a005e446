import { loadConfig } from '@consignado/config';
import { RailMockConfig } from './config';

describe('RailMockConfig', () => {
  it('defaults to a slow, unstable rail on port 3094 that settles a transfer in 1 s', () => {
    const config = loadConfig(RailMockConfig, {});
    expect([config.PORT, config.RAIL_LATENCY_MIN_MS, config.RAIL_LATENCY_MAX_MS, config.RAIL_FAILURE_RATE]).toEqual([3094, 200, 1500, 0.05]);
    expect(config.DATABASE_URL).toMatch(/\/consignado_rail$/);
    expect([config.RAIL_API_KEY, config.RAIL_ADMIN_API_KEY, config.RAIL_SETTLEMENT_MS, config.RAIL_PAYER_ISPB]).toEqual(['rail-partner-dev-key', 'rail-admin-dev-key', 1000, '99000001']);
  });

  it('reads keys, settlement time and chaos from the environment', () => {
    const config = loadConfig(RailMockConfig, {
      RAIL_API_KEY: 'key-of-the-bank',
      RAIL_SETTLEMENT_MS: '0',
      RAIL_LATENCY_MIN_MS: '0',
      RAIL_LATENCY_MAX_MS: '0',
      RAIL_OUTAGES: 'every 60s for 5s',
      RAIL_CHAOS_SEED: '7',
    });
    expect([config.RAIL_API_KEY, config.RAIL_SETTLEMENT_MS, config.RAIL_CHAOS_SEED]).toEqual(['key-of-the-bank', 0, 7]);
    expect(config.chaosOptions().settings).toEqual({ latencyMinMs: 0, latencyMaxMs: 0, failureRate: 0.05, outages: ['every 60s for 5s'], unavailable: false });
  });

  it.each([
    [{ RAIL_API_KEY: 'short' }, 'RAIL_API_KEY'],
    [{ RAIL_ADMIN_API_KEY: 'x' }, 'RAIL_ADMIN_API_KEY'],
    [{ RAIL_SETTLEMENT_MS: '-1' }, 'RAIL_SETTLEMENT_MS'],
    [{ RAIL_SETTLEMENT_MS: 'soon' }, 'RAIL_SETTLEMENT_MS'],
    [{ RAIL_PAYER_ISPB: '1234' }, 'RAIL_PAYER_ISPB'],
    [{ RAIL_LATENCY_MIN_MS: '500', RAIL_LATENCY_MAX_MS: '100' }, 'RAIL_LATENCY_MAX_MS'],
    [{ RAIL_FAILURE_RATE: '2' }, 'RAIL_FAILURE_RATE'],
    [{ RAIL_OUTAGES: 'at night' }, 'RAIL_OUTAGES'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(RailMockConfig, env)).toThrow(new RegExp(`${variable}:`));
  });
});
