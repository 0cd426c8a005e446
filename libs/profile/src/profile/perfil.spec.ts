import { HistoryClass } from '../types';
import { facts } from './facts.fixture';
import { classifyProfile } from './perfil';

describe('perfil (RF1 step 5, P-1, P-4)', () => {
  it.each([
    ['0.25', '0.3', 'conservador'], // both at the conservador limit (P-1)
    ['0.2501', '0.1', 'moderado'],
    ['0.1', '0.3001', 'moderado'],
    ['0.4', '0.6', 'moderado'], // the top of moderado on both
    ['0.4001', '0.1', 'arrojado'],
    ['0.1', '0.6001', 'arrojado'],
    ['0', '0', 'conservador'],
  ])('DTI %s, util %s → %s', (dti, util, expected) => {
    expect(classifyProfile(facts({ dti, util }), 'excelente')).toBe(expected);
  });

  it.each<[string, string, HistoryClass, string]>([
    // conflict: one ratio in moderado's band, the other in arrojado's
    ['0.3', '0.7', 'excelente', 'moderado'],
    ['0.3', '0.7', 'bom', 'moderado'],
    ['0.3', '0.7', 'regular', 'conservador'],
    ['0.45', '0.5', 'ruim', 'conservador'],
    ['0.45', '0.5', 'excelente', 'moderado'],
    // no conflict: both arrojado
    ['0.45', '0.7', 'ruim', 'arrojado'],
  ])('DTI %s, util %s, historico %s → %s', (dti, util, history, expected) => {
    expect(classifyProfile(facts({ dti, util }), history)).toBe(expected);
  });

  it.each([
    [null, '0.7', 'arrojado'], // perfil from utilização alone
    [null, '0.1', 'conservador'], // conservador needs both known, but nothing else matches
    ['0.3', null, 'moderado'],
    [null, null, 'conservador'],
  ])('unknown ratios match nothing: DTI %p, util %p → %s', (dti, util, expected) => {
    expect(classifyProfile(facts({ dti, util }), 'excelente')).toBe(expected);
  });
});
