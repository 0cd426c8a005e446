import { loadConfig } from '@consignado/config';
import { chaosEnvConfig } from './chaos-env.config';

class BankMockConfig extends chaosEnvConfig('BANK', { latencyMinMs: 100, latencyMaxMs: 900, failureRate: 0.2 }) {
  override PORT = 3999;
}

describe('chaosEnvConfig', () => {
  it('gives a mock its defaults under its own prefix, a random seed and a 120 s timeout hold', () => {
    const config = loadConfig(BankMockConfig, {});
    expect(config.PORT).toBe(3999);
    expect(config.chaosOptions()).toEqual({ settings: { latencyMinMs: 100, latencyMaxMs: 900, failureRate: 0.2, outages: [], unavailable: false }, seed: undefined, timeoutHoldMs: 120_000 });
  });

  it('reads every knob from the environment as numbers and windows; an empty seed is none', () => {
    const env = { BANK_LATENCY_MIN_MS: '0', BANK_LATENCY_MAX_MS: '5', BANK_FAILURE_RATE: '0.5', BANK_OUTAGES: 'every 60s for 5s, 22:00-23:00', BANK_CHAOS_SEED: '42', BANK_TIMEOUT_HOLD_MS: '300' };
    const config = loadConfig(BankMockConfig, env);
    expect([config.BANK_LATENCY_MAX_MS, config.BANK_CHAOS_SEED]).toEqual([5, 42]);
    expect(config.chaosOptions()).toEqual({ settings: { latencyMinMs: 0, latencyMaxMs: 5, failureRate: 0.5, outages: ['every 60s for 5s', '22:00-23:00'], unavailable: false }, seed: 42, timeoutHoldMs: 300 });
    expect(loadConfig(BankMockConfig, { BANK_CHAOS_SEED: '' }).chaosOptions().seed).toBeUndefined();
  });

  it.each([
    [{ BANK_LATENCY_MIN_MS: '500', BANK_LATENCY_MAX_MS: '100' }, 'BANK_LATENCY_MAX_MS'],
    [{ BANK_LATENCY_MIN_MS: '-1' }, 'BANK_LATENCY_MIN_MS'],
    [{ BANK_FAILURE_RATE: '1.5' }, 'BANK_FAILURE_RATE'],
    [{ BANK_OUTAGES: 'sometimes' }, 'BANK_OUTAGES'],
    [{ BANK_CHAOS_SEED: 'abc' }, 'BANK_CHAOS_SEED'],
    [{ BANK_TIMEOUT_HOLD_MS: '0' }, 'BANK_TIMEOUT_HOLD_MS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(BankMockConfig, env)).toThrow(new RegExp(`${variable}:`));
  });
});
