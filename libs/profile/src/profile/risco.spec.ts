import { HistoryClass } from '../types';
import { facts } from './facts.fixture';
import { adjustForScore, classifyRisk } from './risco';

describe('risco (RF1 step 6)', () => {
  it.each<[Parameters<typeof facts>[0], HistoryClass, string]>([
    [{ dti: '0.35', util: '0.5', inad: '0' }, 'excelente', 'baixo'],
    [{ dti: '0.35', util: '0.5' }, 'bom', 'baixo'],
    [{ dti: '0.3501' }, 'excelente', 'moderado'],
    [{ util: '0.5001' }, 'excelente', 'moderado'],
    [{ inad: '1' }, 'bom', 'moderado'],
    [{}, 'regular', 'moderado'],
    [{ dti: '0.5', util: '0.8' }, 'excelente', 'moderado'],
    [{ dti: '0.5001' }, 'excelente', 'alto'],
    [{ util: '0.8001' }, 'excelente', 'alto'],
    [{ inad: '2' }, 'regular', 'alto'],
    [{}, 'ruim', 'alto'],
    // baixo needs every value known
    [{ dti: null }, 'excelente', 'moderado'],
    [{ util: null }, 'excelente', 'moderado'],
    [{ inad: null }, 'excelente', 'moderado'],
  ])('%p with historico %s → %s', (overrides, history, expected) => {
    expect(classifyRisk(facts(overrides), history)).toBe(expected);
  });
});

describe('score_externo (RF1 step 7, P-5)', () => {
  it.each([
    ['moderado', '750', 'baixo'],
    ['moderado', '749', 'moderado'],
    ['baixo', '900', 'baixo'], // floor
    ['alto', '760', 'moderado'],
    ['baixo', '550', 'moderado'],
    ['baixo', '551', 'baixo'],
    ['moderado', '550', 'alto'],
    ['alto', '300', 'alto'], // cap
    ['moderado', null, 'moderado'],
  ] as const)('%s with score %p → %s', (risk, score, expected) => {
    expect(adjustForScore(risk, facts({ score }))).toBe(expected);
  });
});
