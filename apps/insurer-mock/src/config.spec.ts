import { loadConfig } from '@consignado/config';
import { InsurerMockConfig } from './config';

describe('InsurerMockConfig', () => {
  it('defaults to a slow, unstable insurer on port 3093 that decides a claim in 1.5 s', () => {
    const config = loadConfig(InsurerMockConfig, {});
    expect([config.PORT, config.INSURER_LATENCY_MIN_MS, config.INSURER_LATENCY_MAX_MS, config.INSURER_FAILURE_RATE]).toEqual([3093, 200, 1500, 0.05]);
    expect(config.DATABASE_URL).toMatch(/\/consignado_insurer$/);
    expect([config.INSURER_API_KEY, config.INSURER_ADMIN_API_KEY, config.INSURER_CLAIM_REVIEW_MS]).toEqual(['insurer-partner-dev-key', 'insurer-admin-dev-key', 1500]);
  });

  it('reads keys, review time and chaos from the environment', () => {
    const config = loadConfig(InsurerMockConfig, {
      INSURER_API_KEY: 'key-of-the-bank',
      INSURER_CLAIM_REVIEW_MS: '0',
      INSURER_LATENCY_MIN_MS: '0',
      INSURER_LATENCY_MAX_MS: '0',
      INSURER_OUTAGES: 'every 60s for 5s',
      INSURER_CHAOS_SEED: '7',
    });
    expect([config.INSURER_API_KEY, config.INSURER_CLAIM_REVIEW_MS, config.INSURER_CHAOS_SEED]).toEqual(['key-of-the-bank', 0, 7]);
    expect(config.chaosOptions().settings).toEqual({ latencyMinMs: 0, latencyMaxMs: 0, failureRate: 0.05, outages: ['every 60s for 5s'], unavailable: false });
  });

  it.each([
    [{ INSURER_API_KEY: 'short' }, 'INSURER_API_KEY'],
    [{ INSURER_ADMIN_API_KEY: 'x' }, 'INSURER_ADMIN_API_KEY'],
    [{ INSURER_CLAIM_REVIEW_MS: '-1' }, 'INSURER_CLAIM_REVIEW_MS'],
    [{ INSURER_CLAIM_REVIEW_MS: 'soon' }, 'INSURER_CLAIM_REVIEW_MS'],
    [{ INSURER_LATENCY_MIN_MS: '500', INSURER_LATENCY_MAX_MS: '100' }, 'INSURER_LATENCY_MAX_MS'],
    [{ INSURER_FAILURE_RATE: '2' }, 'INSURER_FAILURE_RATE'],
    [{ INSURER_OUTAGES: 'at night' }, 'INSURER_OUTAGES'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(InsurerMockConfig, env)).toThrow(new RegExp(`${variable}:`));
  });
});
