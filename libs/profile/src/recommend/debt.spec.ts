import { ProductId } from '../types';
import { assessCatalogue } from './eligibility';
import { termsOf } from './offer';
import { RecommendRequest, readRecommendRequest } from './request';
import { recommendInput } from './request.fixture';

type Args = Parameters<typeof recommendInput>;
const assess = (id: ProductId, ...args: Args) => {
  const req = readRecommendRequest(recommendInput(...args)) as RecommendRequest;
  const a = assessCatalogue(req, termsOf(req)).find((x) => x.id === id);
  return a?.offer ? `${a.offer.valor} ${a.offer.prazo}x ${a.offer.parcela} @${a.offer.taxa}` : a?.reason;
};

/** Debt relief: alto, DTI 0.55, current installments 5500 (PMT values from Python decimal, see pmt.spec). */
const ALTO: Args[0] = { risco_credito: 'alto', perfil_financeiro: 'arrojado' };
const HIGH_DTI = { DTI: 0.55 };

describe('refinanciamento (P-11)', () => {
  it.each<[Args, string]>([
    [[ALTO, HIGH_DTI, { parcela_total_mensal: 5500, saldo_devedor_total: 60000 }], '60000 24x 4348.25 @0.05'], // 4348.25 ≤ 4675
    [[ALTO, HIGH_DTI, { parcela_total_mensal: 5100, saldo_devedor_total: 60000 }], 'não reduz a parcela em 15% nem a taxa em 20%'], // > 4335
    [[ALTO, HIGH_DTI, { saldo_devedor_total: 200000, taxa_estimada_atual: 0.0625 }], '200000 24x 14494.18 @0.05'], // 0.05 ≤ 0.8·0.0625
    [[ALTO, HIGH_DTI, { saldo_devedor_total: 200000, taxa_estimada_atual: 0.0624 }], 'não reduz a parcela em 15% nem a taxa em 20%'],
    [[ALTO, HIGH_DTI, { saldo_devedor_total: 60000 }], 'não reduz a parcela em 15% nem a taxa em 20%'], // objective unknown
    [[ALTO, HIGH_DTI, { parcela_total_mensal: 5500 }], 'saldo devedor a refinanciar não informado'],
    [[ALTO, { DTI: 0.5 }, { parcela_total_mensal: 5500, saldo_devedor_total: 60000 }], 'exige utilização > 0.7 ou DTI > 0.5'],
    [[ALTO, { utilizacao_credito: 0.7 }, { parcela_total_mensal: 5500, saldo_devedor_total: 60000 }], 'exige utilização > 0.7 ou DTI > 0.5'],
    [[{}, { utilizacao_credito: 0.7001 }, { saldo_devedor_total: 10000, taxa_estimada_atual: 0.12 }], '10000 24x 528.71 @0.02'],
    [[ALTO, HIGH_DTI, { parcela_total_mensal: 5500, saldo_devedor_total: 30000, feedback: { prioridade: 'prazo_curto' } }], '30000 15x 2890.27 @0.05'],
    [[ALTO, HIGH_DTI, { taxa_estimada_atual: 0.09, saldo_devedor_total: 10000, feedback: { prioridade: 'parcela_baixa' } }], '10000 36x 604.34 @0.05'],
  ])('%p → %s', (args, expected) => {
    expect(assess('refinanciamento', ...args)).toBe(expected);
  });
});

describe('portabilidade_divida', () => {
  it.each<[Args, string]>([
    [[{ risco_credito: 'moderado' }, {}, { saldo_devedor_total: 10000, taxa_estimada_atual: 0.06 }], '10000 24x 622.73 @0.035'],
    [[{ risco_credito: 'moderado' }, {}, { saldo_devedor_total: 10000, taxa_estimada_atual: 0.035 }], 'taxa atual não supera a ofertável'],
    [[{ risco_credito: 'moderado' }, {}, { saldo_devedor_total: 10000 }], 'taxa atual não informada'],
    [[{ historico_credito_classificacao: 'ruim', risco_credito: 'moderado' }, {}, { saldo_devedor_total: 10000, taxa_estimada_atual: 0.06 }], 'exige histórico regular ou melhor'],
    [[{ historico_credito_classificacao: 'regular' }, {}, { saldo_devedor_total: 10000, taxa_estimada_atual: 0.024 }], 'não reduz a parcela em 15% nem a taxa em 20%'], // 0.02 > 0.0192
    [[{}, {}, { taxa_estimada_atual: 0.06 }], 'saldo devedor a refinanciar não informado'],
  ])('%p → %s', (args, expected) => {
    expect(assess('portabilidade_divida', ...args)).toBe(expected);
  });
});

describe('rules 2–3: only debt relief (P-13)', () => {
  const DEBT = { saldo_devedor_total: 10000, taxa_estimada_atual: 0.12 };
  it.each<[Args, string | undefined, string]>([
    [[{}, { DTI: 0.6 }, DEBT], '18000 24x 951.68 @0.02', '10000 24x 528.71 @0.02'],
    [[{}, { DTI: 0.6001 }, DEBT], 'DTI > 0.6: apenas refinanciamento/portabilidade', '10000 24x 528.71 @0.02'],
    [[{ historico_credito_classificacao: 'ruim', risco_credito: 'moderado' }, { pct_pagto_em_dia: 0.9 }, DEBT], '18000 24x 1120.91 @0.035', 'exige histórico regular ou melhor'],
    [
      [{ historico_credito_classificacao: 'ruim', risco_credito: 'moderado' }, { pct_pagto_em_dia: 0.8999, utilizacao_credito: 0.75 }, DEBT],
      'histórico ruim e pagamentos em dia < 0.9: apenas refinanciamento/portabilidade',
      '10000 24x 622.73 @0.035',
    ],
  ])('%p: emprestimo %s; refinanciamento or portabilidade %s', (args, loan, debt) => {
    expect(assess('emprestimo_pessoal', ...args)).toBe(loan);
    const relief = [assess('refinanciamento', ...args), assess('portabilidade_divida', ...args)];
    expect(relief).toContain(debt);
  });
});
