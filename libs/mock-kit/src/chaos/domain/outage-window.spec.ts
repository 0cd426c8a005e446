import { parseOutages } from './outage-window';

const at = (iso: string) => new Date(iso);

describe('parseOutages (R-AV-1 unavailability windows)', () => {
  it.each([
    // window, instant, down?
    ['every 60s for 10s', '2025-03-10T12:00:00.000Z', true],
    ['every 60s for 10s', '2025-03-10T12:00:09.999Z', true],
    ['every 60s for 10s', '2025-03-10T12:00:10.000Z', false],
    ['every 60s for 10s', '2025-03-10T12:00:59.000Z', false],
    ['every 1h for 5m', '2025-03-10T12:04:59.000Z', true],
    ['every 1h for 5m', '2025-03-10T12:05:00.000Z', false],
    ['every 500ms for 100ms', '2025-03-10T12:00:00.050Z', true],
    ['every 500ms for 100ms', '2025-03-10T12:00:00.450Z', false],
    // Daily windows are Brasília time (UTC−3): 22:00 local is 01:00Z.
    ['22:00-23:00', '2025-03-11T01:30:00.000Z', true],
    ['22:00-23:00', '2025-03-10T22:30:00.000Z', false],
    ['22:00-06:00', '2025-03-11T08:59:00.000Z', true],
    ['22:00-06:00', '2025-03-11T09:00:00.000Z', false],
    ['22:00-06:00', '2025-03-10T15:00:00.000Z', false],
  ])('%s at %s → down=%s', (window, instant, down) => {
    const parsed = parseOutages(window);
    if (!parsed.ok) throw parsed.error;
    expect(parsed.value[0].isActive(at(instant))).toBe(down);
  });

  it('reads several windows, comma-separated or as a list, and keeps their text', () => {
    const fromText = parseOutages(' every 60s for 10s , 22:00-23:00 ');
    const fromList = parseOutages(['every 60s for 10s', '22:00-23:00']);
    expect(fromText.ok && fromText.value.map((w) => w.source)).toEqual(['every 60s for 10s', '22:00-23:00']);
    expect(fromList.ok && fromList.value.map((w) => w.source)).toEqual(['every 60s for 10s', '22:00-23:00']);
  });

  it('treats an empty text as no window', () => {
    const parsed = parseOutages('');
    expect(parsed.ok && parsed.value).toEqual([]);
  });

  it.each(['every 10s for 10s', 'every 0s for 0s', 'every 10 for 1s', '25:00-26:00', '10:00-10:00', 'sometimes', '0 * * * *'])(
    'refuses %j with CHAOS.INVALID_OUTAGE',
    (window) => {
      const parsed = parseOutages(window);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.code).toBe('CHAOS.INVALID_OUTAGE');
        expect(parsed.error.message).toMatch(/^Janela de indisponibilidade inválida/);
      }
    },
  );
});
