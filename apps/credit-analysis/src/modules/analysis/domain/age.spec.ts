import { IsoDate } from '@consignado/finance';
import { completedYears } from './age';

describe('completedYears (D-9)', () => {
  it.each([
    ['1954-03-10', '2026-03-09', 71],
    ['1954-03-10', '2026-03-10', 72],
    ['1954-03-10', '2026-03-11', 72],
    ['1954-12-31', '2026-01-01', 71],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
    ['2000-02-29', '2028-02-29', 28],
  ])('born %s, on %s → %i', (birth, on, years) => {
    expect(completedYears(IsoDate.of(birth), IsoDate.of(on))).toBe(years);
  });
});
