import { IsoDate } from '@consignado/finance';
import { regretDeadline, withinRegretWindow } from './regret-window';

describe('right of regret window (R-PR-8, CDC art. 49)', () => {
  it.each([
    ['2026-03-10T13:00:00.000Z', '2026-03-10', true],
    ['2026-03-10T13:00:00.000Z', '2026-03-17', true],
    ['2026-03-10T13:00:00.000Z', '2026-03-18', false],
    // 01:30 UTC is still the 9th in São Paulo (UTC−3): the window ends on the 16th.
    ['2026-03-10T01:30:00.000Z', '2026-03-16', true],
    ['2026-03-10T01:30:00.000Z', '2026-03-17', false],
    ['2026-02-25T15:00:00.000Z', '2026-03-04', true],
    ['2026-02-25T15:00:00.000Z', '2026-03-05', false],
  ])('activated %s, regret on %s allowed: %s', (activatedAt, today, allowed) => {
    expect(withinRegretWindow(new Date(activatedAt), IsoDate.of(today))).toBe(allowed);
  });

  it('names the deadline as a civil date', () => {
    expect(regretDeadline(new Date('2026-12-28T12:00:00.000Z')).toString()).toBe('2027-01-04');
  });
});
