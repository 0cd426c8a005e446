import { ChaosSettings, type ChaosSettingsValues } from './chaos-settings';
import { seededRandom } from './prng';

const base: ChaosSettingsValues = { latencyMinMs: 2_000, latencyMaxMs: 10_000, failureRate: 0.1, outages: [], unavailable: false };

const create = (values: Partial<ChaosSettingsValues>) => {
  const settings = ChaosSettings.create({ ...base, ...values });
  if (!settings.ok) throw settings.error;
  return settings.value;
};

describe('ChaosSettings', () => {
  it.each([
    [{ latencyMinMs: 10, latencyMaxMs: 5 }, 'CHAOS.INVALID_LATENCY'],
    [{ latencyMinMs: -1 }, 'CHAOS.INVALID_LATENCY'],
    [{ latencyMaxMs: 1.5 }, 'CHAOS.INVALID_LATENCY'],
    [{ latencyMaxMs: 600_001 }, 'CHAOS.INVALID_LATENCY'],
    [{ failureRate: 1.01 }, 'CHAOS.INVALID_FAILURE_RATE'],
    [{ failureRate: -0.1 }, 'CHAOS.INVALID_FAILURE_RATE'],
    [{ failureRate: Number.NaN }, 'CHAOS.INVALID_FAILURE_RATE'],
    [{ outages: ['whenever'] }, 'CHAOS.INVALID_OUTAGE'],
  ])('refuses %j with %s', (values, code) => {
    const settings = ChaosSettings.create({ ...base, ...values });
    expect(settings.ok ? 'accepted' : settings.error.code).toBe(code);
  });

  it('draws latencies uniformly within [min, max], reproducibly for a seed', () => {
    const settings = create({ latencyMinMs: 2_000, latencyMaxMs: 10_000 });
    const drawWith = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 2_000 }, () => settings.latencyMs(random));
    };
    const draws = drawWith(42);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(2_000);
    expect(Math.max(...draws)).toBeLessThanOrEqual(10_000);
    // Spread over the whole range, not stuck at one end.
    expect(draws.filter((d) => d < 4_000).length).toBeGreaterThan(300);
    expect(draws.filter((d) => d > 8_000).length).toBeGreaterThan(300);
    expect(drawWith(42)).toEqual(draws);
    expect(drawWith(43)).not.toEqual(draws);
  });

  it('gives exactly min when min = max', () => {
    expect(create({ latencyMinMs: 7, latencyMaxMs: 7 }).latencyMs(() => 0.999)).toBe(7);
  });

  it('changes only what a patch gives and validates the result', () => {
    const settings = create({});
    const patched = settings.with({ failureRate: 0.5, latencyMaxMs: undefined });
    expect(patched.ok && patched.value.values).toEqual({ ...base, failureRate: 0.5 });
    const invalid = settings.with({ latencyMaxMs: 100 });
    expect(invalid.ok).toBe(false);
  });

  it('is down when forced or inside a window', () => {
    const noon = new Date('2025-03-10T15:00:00.000Z'); // 12:00 in Brasília
    expect(create({}).isDown(noon)).toBe(false);
    expect(create({ unavailable: true }).isDown(noon)).toBe(true);
    expect(create({ outages: ['11:00-13:00'] }).isDown(noon)).toBe(true);
  });
});
