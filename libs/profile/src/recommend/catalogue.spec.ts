import { isRecord } from '../input/read';
import { ProductId } from '../types';
import { assessCatalogue } from './eligibility';
import { termsOf } from './offer';
import { RecommendRequest, readRecommendRequest } from './request';
import { recommendInput } from './request.fixture';

type Args = Parameters<typeof recommendInput>;

/** The offer (as plain text) or the reason for one product. */
function assess(id: ProductId, ...args: Args): Record<string, string | number | null> | string {
  const req = readRecommendRequest(recommendInput(...args)) as RecommendRequest;
  const a = assessCatalogue(req, termsOf(req)).find((x) => x.id === id);
  if (!a?.offer) return a?.reason ?? 'missing';
  const text = (x: { toString(): string } | null) => (x === null ? null : x.toString());
  return { valor: text(a.offer.valor), limite: text(a.offer.limite), prazo: a.offer.prazo, parcela: text(a.offer.parcela), taxa: text(a.offer.taxa) };
}
const limite = (r: ReturnType<typeof assess>) => (isRecord(r) ? r['limite'] : r);
const offered = (r: ReturnType<typeof assess>) => isRecord(r);

describe('cards', () => {
  it.each<[ProductId, Args, string | null]>([
    ['cartao_basico', [], '2000'], // 0.2R without limite_total_estimada
    ['cartao_basico', [{}, {}, { limite_total_estimada: 1500 }], '1350'], // (1 − 0.1)·1500
    ['cartao_basico', [{}, {}, { limite_total_estimada: 3000 }], '2000'], // 0.2R is smaller
    ['cartao_basico', [{ risco_credito: 'moderado' }], '2000'],
    ['cartao_gold', [], '4000'],
    ['cartao_gold', [{}, {}, { limite_total_estimada: 3000 }], '2700'],
    ['cartao_gold', [{ historico_credito_classificacao: 'bom' }], '4000'],
    ['cartao_basico', [{}, { utilizacao_credito: 1 }, { limite_total_estimada: 3000 }], 'limite sugerido nulo'],
    ['cartao_basico', [{ risco_credito: 'alto' }], 'risco alto'],
    ['cartao_gold', [{ risco_credito: 'moderado' }], 'exige risco baixo'],
    ['cartao_gold', [{ historico_credito_classificacao: 'regular' }], 'exige histórico excelente ou bom'],
    ['limite_conta', [], '1000'],
    ['limite_conta', [{ risco_credito: 'moderado' }], 'exige risco baixo'],
    ['limite_conta', [{}, {}, { renda_mensal_bruta: 0 }], 'renda nula'],
  ])('%s %p → %s', (id, args, expected) => {
    expect(limite(assess(id, ...args))).toBe(expected);
  });
});

describe('loans', () => {
  it('emprestimo_pessoal: loan(pm, i(risco))', () => {
    expect(assess('emprestimo_pessoal')).toEqual({ valor: '18000', limite: null, prazo: 24, parcela: '951.68', taxa: '0.02' });
    expect(assess('emprestimo_pessoal', { risco_credito: 'moderado' })).toMatchObject({ parcela: '1120.91', taxa: '0.035' });
    expect(assess('emprestimo_pessoal', {}, {}, { despesas_mensais: 10000 })).toBe('capacidade de pagamento nula');
    expect(assess('emprestimo_pessoal', { risco_credito: 'alto' })).toBe('risco alto');
  });

  it.each<[Args, string | boolean]>([
    [[{}, {}, { renda_formal: true, tempo_emprego_meses: 12 }], true],
    [[{}, {}, { renda_formal: true, tempo_emprego_meses: 11 }], 'tempo_emprego < 12m'],
    [[{}, {}, { renda_formal: true, tempo_emprego_meses: null }], 'tempo_emprego < 12m'],
    [[{}, {}, { renda_formal: 'true', tempo_emprego_meses: 40 }], 'renda formal não informada'],
    [[{}, {}, { renda_formal: true, tempo_emprego_meses: 40, despesas_mensais: 10000 }], 'capacidade de pagamento nula'],
    [[{ risco_credito: 'alto' }, {}, { renda_formal: true, tempo_emprego_meses: 40 }], 'risco alto'],
  ])('credito_consiginado %p → %p', (args, expected) => {
    const result = assess('credito_consiginado', ...args);
    expect(expected === true ? offered(result) : result).toBe(expected);
  });

  it('credito_consiginado: loan(pmc, 0.02) with pmc = min(0.35R, capacidade)', () => {
    const data = { renda_formal: true, tempo_emprego_meses: 12 };
    expect(assess('credito_consiginado', {}, {}, data)).toMatchObject({ valor: '21000', parcela: '1110.29', taxa: '0.02' });
    expect(assess('credito_consiginado', {}, {}, { ...data, despesas_mensais: 8000 })).toMatchObject({ valor: '12000', parcela: '634.45' });
  });
});

describe('aumento_limite_cartao (no parameters, P-10)', () => {
  it.each<[Args, boolean]>([
    [[{}, { utilizacao_credito: 0.2999, pct_pagto_em_dia: 0.98 }], true],
    [[{}, { utilizacao_credito: 0.3 }], false],
    [[{}, { pct_pagto_em_dia: 0.9799 }], false],
    [[{ risco_credito: 'moderado' }], false],
    [[{}, { utilizacao_credito: null }], false],
  ])('%p → offered %p', (args, expected) => {
    expect(offered(assess('aumento_limite_cartao', ...args))).toBe(expected);
  });
});
