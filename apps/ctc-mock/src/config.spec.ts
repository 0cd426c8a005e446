import { loadConfig } from '@consignado/config';
import { CtcMockConfig } from './config';

describe('CtcMockConfig', () => {
  it('defaults to a slow, unstable exchange on port 3092 with our dev participant', () => {
    const config = loadConfig(CtcMockConfig, {});
    expect([config.PORT, config.CTC_LATENCY_MIN_MS, config.CTC_LATENCY_MAX_MS, config.CTC_FAILURE_RATE]).toEqual([3092, 500, 3000, 0.05]);
    expect(config.DATABASE_URL).toMatch(/\/consignado_ctc$/);
    expect([...config.participants()]).toEqual([['99000001', 'ctc-participant-dev-key']]);
    expect([config.CTC_ANSWER_BUSINESS_DAYS, config.CTC_TRANSFER_BUSINESS_DAYS, config.CTC_CONFIRMATION_BUSINESS_DAYS]).toEqual([5, 1, 2]);
    expect([config.CTC_ADMIN_API_KEY, config.CTC_CLOCK_ADJUSTABLE, config.CTC_SWEEP_INTERVAL_MS]).toEqual(['ctc-admin-dev-key', true, 60000]);
  });

  it('reads participants, deadlines and chaos from the environment', () => {
    const config = loadConfig(CtcMockConfig, {
      CTC_PARTICIPANTS: '99000001:key-of-ours, 99000009:key-of-another',
      CTC_ANSWER_BUSINESS_DAYS: '3',
      CTC_CLOCK_ADJUSTABLE: 'false',
      CTC_LATENCY_MIN_MS: '0',
      CTC_LATENCY_MAX_MS: '0',
      CTC_OUTAGES: 'every 60s for 5s',
      CTC_CHAOS_SEED: '7',
    });
    expect(Object.fromEntries(config.participants())).toEqual({ '99000001': 'key-of-ours', '99000009': 'key-of-another' });
    expect([config.CTC_ANSWER_BUSINESS_DAYS, config.CTC_CLOCK_ADJUSTABLE, config.CTC_CHAOS_SEED]).toEqual([3, false, 7]);
    expect(config.chaosOptions().settings).toEqual({ latencyMinMs: 0, latencyMaxMs: 0, failureRate: 0.05, outages: ['every 60s for 5s'], unavailable: false });
  });

  it.each([
    [{ CTC_PARTICIPANTS: '9900001:short-ispb' }, 'CTC_PARTICIPANTS'],
    [{ CTC_PARTICIPANTS: '99000001:a-key-1,99000001:a-key-2' }, 'CTC_PARTICIPANTS'],
    [{ CTC_PARTICIPANTS: '99000001:short' }, 'CTC_PARTICIPANTS'],
    [{ CTC_PARTICIPANTS: '' }, 'CTC_PARTICIPANTS'],
    [{ CTC_ADMIN_API_KEY: 'x' }, 'CTC_ADMIN_API_KEY'],
    [{ CTC_ANSWER_BUSINESS_DAYS: '-1' }, 'CTC_ANSWER_BUSINESS_DAYS'],
    [{ CTC_LATENCY_MIN_MS: '500', CTC_LATENCY_MAX_MS: '100' }, 'CTC_LATENCY_MAX_MS'],
    [{ CTC_FAILURE_RATE: '2' }, 'CTC_FAILURE_RATE'],
    [{ CTC_OUTAGES: 'at night' }, 'CTC_OUTAGES'],
    [{ CTC_CLOCK_ADJUSTABLE: 'maybe' }, 'CTC_CLOCK_ADJUSTABLE'],
    [{ CTC_WORKER_INTERVAL_MS: '0' }, 'CTC_WORKER_INTERVAL_MS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadConfig(CtcMockConfig, env)).toThrow(new RegExp(`${variable}:`));
  });
});
