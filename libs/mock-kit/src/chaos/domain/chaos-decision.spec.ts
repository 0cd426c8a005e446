import { decide } from './chaos-decision';
import { ChaosScript } from './chaos-script';
import { ChaosSettings, type ChaosSettingsValues } from './chaos-settings';
import { seededRandom } from './prng';

const now = new Date('2025-03-10T15:00:00.000Z');
const settingsWith = (values: Partial<ChaosSettingsValues>) => {
  const s = ChaosSettings.create({ latencyMinMs: 0, latencyMaxMs: 0, failureRate: 0, outages: [], unavailable: false, ...values });
  if (!s.ok) throw s.error;
  return s.value;
};
const call = { operation: 'REGISTER', subject: '1234567890', now };

describe('decide (chaos for one call)', () => {
  it('answers after the latency when nothing fails', () => {
    expect(decide(call, settingsWith({ latencyMinMs: 30, latencyMaxMs: 30 }), new ChaosScript(), () => 0.5)).toEqual({ kind: 'answer', latencyMs: 30 });
  });

  it('fails at once during an outage and keeps the script for later', () => {
    const script = new ChaosScript();
    script.add({ subject: '1234567890', operation: 'REGISTER', remaining: 1, failure: '500' });
    expect(decide(call, settingsWith({ unavailable: true, latencyMinMs: 50, latencyMaxMs: 50 }), script, () => 0)).toEqual({ kind: 'fail', status: 503, latencyMs: 0, reason: 'OUTAGE' });
    expect(script.pending()).toHaveLength(1);
  });

  it.each([
    ['503', { kind: 'fail', status: 503, latencyMs: 0, reason: 'SCRIPT' }],
    ['500', { kind: 'fail', status: 500, latencyMs: 0, reason: 'SCRIPT' }],
    ['timeout', { kind: 'hang' }],
  ] as const)('plays a scripted %s exactly failNext times, then answers', (failure, expected) => {
    const script = new ChaosScript();
    script.add({ subject: '1234567890', operation: 'REGISTER', remaining: 2, failure });
    const settings = settingsWith({});
    expect(decide(call, settings, script, () => 0.5)).toEqual(expected);
    expect(decide(call, settings, script, () => 0.5)).toEqual(expected);
    expect(decide(call, settings, script, () => 0.5)).toEqual({ kind: 'answer', latencyMs: 0 });
  });

  it('scripts only the named subject and operation', () => {
    const script = new ChaosScript();
    script.add({ subject: '1234567890', operation: 'REGISTER', remaining: 1, failure: '503' });
    const settings = settingsWith({});
    expect(decide({ ...call, operation: 'QUERY_MARGIN' }, settings, script, () => 0.5).kind).toBe('answer');
    expect(decide({ ...call, subject: '9876543210' }, settings, script, () => 0.5).kind).toBe('answer');
    expect(decide({ ...call, subject: undefined }, settings, script, () => 0.5).kind).toBe('answer');
    expect(decide(call, settings, script, () => 0.5).kind).toBe('fail');
  });

  it('uses a script for any subject after one naming the subject', () => {
    const script = new ChaosScript();
    script.add({ operation: 'REGISTER', remaining: 1, failure: '500' });
    script.add({ subject: '1234567890', operation: 'REGISTER', remaining: 1, failure: '503' });
    const settings = settingsWith({});
    expect(decide(call, settings, script, () => 0.5)).toMatchObject({ kind: 'fail', status: 503 });
    expect(decide({ ...call, subject: undefined }, settings, script, () => 0.5)).toMatchObject({ kind: 'fail', status: 500 });
    expect(decide(call, settings, script, () => 0.5).kind).toBe('answer');
  });

  it('fails about failureRate of the calls, the same ones for the same seed', () => {
    const settings = settingsWith({ failureRate: 0.3 });
    const run = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 1_000 }, () => decide(call, settings, new ChaosScript(), random).kind);
    };
    const outcomes = run(7);
    const failures = outcomes.filter((k) => k === 'fail').length;
    expect(failures).toBeGreaterThan(250);
    expect(failures).toBeLessThan(350);
    expect(run(7)).toEqual(outcomes);
    expect(run(8)).not.toEqual(outcomes);
  });
});
