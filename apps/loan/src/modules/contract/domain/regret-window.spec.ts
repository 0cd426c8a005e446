import { civilDate, withinRegretWindow } from './regret-window';

describe('right of regret window (R-PR-8, CDC art. 49)', () => {
  // Activated 2026-03-10 at 10:00 in Brasília (13:00Z); day 0 is the activation day.
  const activatedAt = new Date('2026-03-10T13:00:00.000Z');

  it.each([
    ['same day', '2026-03-10T20:00:00.000Z', true],
    ['day 1', '2026-03-11T12:00:00.000Z', true],
    ['day 7, first minute (Brasília)', '2026-03-17T03:00:00.000Z', true],
    ['day 7, last minute (Brasília)', '2026-03-18T02:59:59.000Z', true],
    ['day 8, first minute (Brasília)', '2026-03-18T03:00:00.000Z', false],
    ['day 8, midday', '2026-03-18T15:00:00.000Z', false],
    ['day 30', '2026-04-09T15:00:00.000Z', false],
  ])('%s → %s', (_label, requestedAt, expected) => {
    expect(withinRegretWindow(activatedAt, new Date(requestedAt))).toBe(expected);
  });

  it('counts Brazilian civil days, not UTC days', () => {
    const lateEvening = new Date('2026-03-10T02:30:00.000Z'); // 2026-03-09 23:30 in Brasília: day 0 is 03-09
    expect(civilDate(lateEvening).toString()).toBe('2026-03-09');
    expect(withinRegretWindow(lateEvening, new Date('2026-03-17T02:00:00.000Z'))).toBe(true); // 03-16 23:00 = day 7
    expect(withinRegretWindow(lateEvening, new Date('2026-03-17T03:30:00.000Z'))).toBe(false); // 03-17 00:30 = day 8
  });
});
