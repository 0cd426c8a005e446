import { IsoDate } from '../dates/iso-date';
import { DEFAULT_PARAMETERS } from './catalog';
import { EffectiveDated } from './effective-dated';

const on = (date: string) => IsoDate.of(date);

describe('EffectiveDated', () => {
  const set = new EffectiveDated('teste', [
    { id: 'B', effectiveFrom: on('2025-01-01'), source: 's', value: 2 },
    { id: 'A', effectiveFrom: on('2024-01-01'), source: 's', value: 1 },
  ]);

  it.each([
    ['2024-01-01', 'A'],
    ['2024-12-31', 'A'],
    ['2025-01-01', 'B'],
    ['2030-06-15', 'B'],
  ])('on %s the version in force is %s', (date, id) => {
    const version = set.at(on(date));
    expect(version.ok && version.value.id).toBe(id);
  });

  it('has nothing in force before its first version', () => {
    const version = set.at(on('2023-12-31'));
    expect(version.ok).toBe(false);
    if (!version.ok) expect(version.error.code).toBe('NO_PARAMETER_IN_FORCE');
  });

  it('orders versions and knows the latest', () => {
    expect(set.versions().map((v) => v.id)).toEqual(['A', 'B']);
    expect(set.latest().id).toBe('B');
  });

  it('refuses an empty history and two versions on one day', () => {
    expect(() => new EffectiveDated('x', [])).toThrow();
    const twin = { id: 'A', effectiveFrom: on('2024-01-01'), source: 's', value: 1 };
    expect(() => new EffectiveDated('x', [twin, { ...twin, id: 'B' }])).toThrow();
  });
});

describe('INSS parameters (D-1)', () => {
  it.each([
    ['2024-07-01', '0.0166', '0.0246', 'INSS-CAP-2024-07'],
    ['2024-12-31', '0.0166', '0.0246', 'INSS-CAP-2024-07'],
    ['2025-01-01', '0.018', '0.0246', 'INSS-CAP-2025-01'],
    ['2025-03-31', '0.018', '0.0246', 'INSS-CAP-2025-01'],
    ['2025-04-01', '0.0185', '0.0246', 'INSS-CAP-2025-04'],
    ['2026-03-10', '0.0185', '0.0246', 'INSS-CAP-2025-04'],
  ])('rate caps on %s: loan %s, card %s', (date, loan, card, id) => {
    const caps = DEFAULT_PARAMETERS.inssRateCap.at(on(date));
    expect(caps.ok && [caps.value.value.loan.toString(), caps.value.value.card.toString(), caps.value.id]).toEqual([loan, card, id]);
  });

  it.each([
    ['2025-02-04', 84],
    ['2025-02-05', 96],
  ])('maximum term on %s is %i months', (date, months) => {
    const limit = DEFAULT_PARAMETERS.inssMaxTerm.at(on(date));
    expect(limit.ok && limit.value.value.maxMonths).toBe(months);
  });

  it('has no INSS history before mid-2024 (the date is our documented choice)', () => {
    expect(DEFAULT_PARAMETERS.inssRateCap.at(on('2024-06-30')).ok).toBe(false);
  });

  it('margins are 35% + 5% + 5%', () => {
    const m = DEFAULT_PARAMETERS.inssMargin.latest().value;
    expect([m.loan, m.card, m.benefitCard].map(String)).toEqual(['0.35', '0.05', '0.05']);
  });
});
