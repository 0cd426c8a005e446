import { IsoDate } from '@consignado/finance';
import { AdjustableBusinessClock, type BusinessDateOverride } from './business-clock';

const override = (today?: string): BusinessDateOverride => ({ read: async () => (today ? IsoDate.of(today) : undefined), write: async () => undefined });

describe('business clock', () => {
  it.each([
    ['2026-01-01T02:59:59.000Z', '2025-12-31'], // 23:59:59 in São Paulo (UTC−3)
    ['2026-01-01T03:00:00.000Z', '2026-01-01'],
  ])('without adjustment, today is the civil date in São Paulo: %s → %s', async (instant, today) => {
    const clock = new AdjustableBusinessClock(override(), () => new Date(instant));
    expect((await clock.today()).toString()).toBe(today);
  });

  it('an adjustment replaces the date, not the timestamps', async () => {
    const now = new Date('2026-01-01T12:00:00.000Z');
    const clock = new AdjustableBusinessClock(override('2025-09-11'), () => now);
    expect([(await clock.today()).toString(), clock.now()]).toEqual(['2025-09-11', now]);
  });
});
