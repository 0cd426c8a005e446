import { facts } from './facts.fixture';
import { classifyHistory } from './historico';

describe('historico (RF1 step 4)', () => {
  it.each([
    // excelente at every limit, then each limit crossed by one step
    [{ pct: '0.98', maxDelay: '5', inad: '0', consultas: '2' }, 'excelente'],
    [{ pct: '0.9799' }, 'bom'],
    [{ maxDelay: '6' }, 'bom'],
    [{ inad: '1' }, 'bom'],
    [{ consultas: '3' }, 'bom'],
    // bom at every limit, then each crossed
    [{ pct: '0.95', maxDelay: '15', inad: '1', consultas: '4' }, 'bom'],
    [{ pct: '0.9499' }, 'regular'],
    [{ maxDelay: '16' }, 'regular'],
    [{ inad: '2' }, 'regular'],
    [{ consultas: '5' }, 'regular'],
    // regular at every limit, then each crossed
    [{ pct: '0.9', maxDelay: '30', inad: '2', consultas: '9' }, 'regular'],
    [{ pct: '0.8999' }, 'ruim'],
    [{ maxDelay: '31' }, 'ruim'],
    [{ inad: '3' }, 'ruim'],
  ])('%p → %s', (overrides, expected) => {
    expect(classifyHistory(facts(overrides))).toBe(expected);
  });

  it.each([
    // P-3: absent counts fail excelente and bom; regular accepts an absent inadimplência count
    [{ consultas: null }, 'regular'],
    [{ inad: null }, 'regular'],
    [{ inad: null, pct: '0.8999' }, 'ruim'],
    // without payment records: ruim if any inadimplência, else regular by prudence
    [{ pct: null, maxDelay: null, inad: '0' }, 'regular'],
    [{ pct: null, maxDelay: null, inad: '1' }, 'ruim'],
    [{ pct: null, maxDelay: null, inad: null }, 'regular'],
  ])('absent data %p → %s', (overrides, expected) => {
    expect(classifyHistory(facts(overrides))).toBe(expected);
  });
});
