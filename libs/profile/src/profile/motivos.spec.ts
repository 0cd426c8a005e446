import { facts } from './facts.fixture';
import { classificationReasons } from './motivos';

describe('motivos_classificacao (RF1 step 8, P-6)', () => {
  it.each([
    ['0.25', 'DTI=0.25 (≤0.25)'],
    ['0.2501', 'DTI=0.2501 (>0.25)'],
    ['0.35', 'DTI=0.35 (>0.25)'],
    ['0.3501', 'DTI=0.3501 (>0.35)'],
    ['0.4001', 'DTI=0.4001 (>0.4)'],
    ['0.52', 'DTI=0.52 (>0.5)'],
  ])('DTI band: %s → %s', (dti, bullet) => {
    expect(classificationReasons(facts({ dti }))).toContain(bullet);
  });

  it.each([
    ['0.3', 'Utilização=0.3 (≤0.3)'],
    ['0.5', 'Utilização=0.5 (>0.3)'],
    ['0.5001', 'Utilização=0.5001 (>0.5)'],
    ['0.6001', 'Utilização=0.6001 (>0.6)'],
    ['1', 'Utilização=1 (>0.8)'],
  ])('utilização band: %s → %s', (util, bullet) => {
    expect(classificationReasons(facts({ util }))).toContain(bullet);
  });

  it.each([
    [{ pct: '0.9799', maxDelay: '0' }, 'Pagamentos em dia=0.9799 (≥0.95)'],
    [{ pct: '0.9', maxDelay: '0' }, 'Pagamentos em dia=0.9 (≥0.9)'],
    [{ pct: '0.8999', maxDelay: '0' }, 'Pagamentos em dia=0.8999 (<0.9)'],
    [{ maxDelay: '1' }, 'Atraso máximo=1 dia (≤5)'],
    [{ maxDelay: '6' }, 'Atraso máximo=6 dias (≤15)'],
    [{ maxDelay: '30' }, 'Atraso máximo=30 dias (≤30)'],
    [{ maxDelay: '31' }, 'Atraso máximo=31 dias (>30)'],
  ])('payment bands and plurals: %p → %s', (overrides, bullet) => {
    expect(classificationReasons(facts({ dti: '0.3', util: '0.4', ...overrides }))).toContain(bullet);
  });

  it('puts a decisive score first, adverse bullets next, and keeps 5', () => {
    const f = facts({ dti: '0.52', util: '0.74', pct: '0.9167', maxDelay: '12', consultas: '3', inad: '1', score: '540' });
    expect(classificationReasons(f)).toEqual([
      'Score externo=540 (≤550)',
      'DTI=0.52 (>0.5)',
      'Utilização=0.74 (>0.6)',
      'Pagamentos em dia=0.9167 (≥0.9)',
      'Atraso máximo=12 dias (≤15)',
    ]);
  });

  it('uses singular forms and puts a neutral score last', () => {
    const f = facts({ pct: null, maxDelay: null, inad: '1', consultas: '1', score: '700' });
    expect(classificationReasons(f)).toEqual([
      '1 inadimplência em 5 anos', 'DTI=0.1 (≤0.25)', 'Utilização=0.1 (≤0.3)', '1 consulta em 6 meses', 'Score externo=700',
    ]);
  });

  it('counts adverse consultas above 2 and writes 0 in the plural', () => {
    const f = facts({ consultas: '3', score: '750' });
    expect(classificationReasons(f).slice(0, 2)).toEqual(['Score externo=750 (≥750)', '3 consultas em 6 meses']);
    expect(classificationReasons(facts())).toContain('0 inadimplências em 5 anos');
  });

  it('lists only known values', () => {
    const none = facts({ dti: null, util: null, pct: null, maxDelay: null, consultas: null, inad: null });
    expect(classificationReasons(none)).toEqual([]);
  });
});
