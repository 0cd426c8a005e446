import { financialProfile } from '@consignado/profile';
import { defaultAnalysisParameters } from '../../analysis/domain/parameters/analysis-parameters';
import { inssPayload } from '../../analysis/testing/proposal.fixtures';
import { contractDue, TODAY } from '../testing/personalization.fixtures';
import { evaluateOffer } from './evaluate-offer';
import { isApprovable } from '../../analysis/domain/evaluation/evaluation';
import { offerApplication } from './offer-request';
import { policyContext } from './policy-context';
import { recommendWithinPolicy } from './recommend-within-policy';
import { Money } from '@consignado/finance';

const parameters = defaultAnalysisParameters();
const contract = contractDue('c1', [-2, -1, 1, 2, 3], [0, 0, undefined, undefined, undefined]);

/** Seed 004 RF2's input for a retiree with the hand-worked contract (installment 211.24) and cards 10000/1000, plus what a test adds. */
function seedBase(income: string, expenses: string, score: number, more: { installments?: string[]; total?: string; debt?: string; rate?: string } = {}) {
  const perfil = financialProfile({
    id_cliente: 'c1', renda_mensal_bruta: income, despesas_mensais: expenses, limite_total_cartoes: '10000.00', saldo_devedor_cartoes: '1000.00',
    historico_pagamentos: [{ dias_atraso: 0 }, { dias_atraso: 0 }], consultas_ultimos_6m: 1, inadimplencias_registradas_5a: 0,
    emprestimos_ativos: (more.installments ?? ['211.24']).map((p) => ({ parcela_mensal: p })), score_externo: score,
  });
  return {
    perfil, renda_mensal_bruta: income, despesas_mensais: expenses, limite_total_estimada: '10000.00', renda_formal: true, tempo_emprego_meses: 60,
    parcela_total_mensal: more.total ?? '211.24', saldo_devedor_total: more.debt ?? '600.00', taxa_estimada_atual: more.rate ?? '0.0185',
  };
}

const applicant = (income: string, expenses: string, birthDate: string) => inssPayload({ customerId: 'c1', monthlyIncome: income, monthlyExpenses: expenses, birthDate });

/** A retiree on file (income R, expenses D, score 750 unless told), recommended with the seed's facts. */
function recommendFor(income: string, expenses: string, birthDate: string, score = 750, feedback = {}) {
  const latest = applicant(income, expenses, birthDate);
  const history = { latest, consignado: latest, inquiries6m: 1, score, partnerIds: [] };
  const ctx = policyContext(parameters, history, [contract], income);
  return { answer: recommendWithinPolicy(seedBase(income, expenses, score), { produto_recusado: [], ...feedback }, history, ctx, TODAY), latest, ctx };
}

describe('recommendWithinPolicy: seed 004 RF2 bound by the credit analysis policy', () => {
  it('every loan the seed names gets the offer the analysis approves, at the seed\'s amount and term', () => {
    const { answer } = recommendFor('5000.00', '1500.00', '1960-01-15');
    expect(answer.seed).toMatchObject({ produto_recomendado: 'emprestimo_pessoal', alternativas: ['credito_consiginado', 'cartao_gold'] });
    expect(answer.offers.map((o) => [o.request.product, o.request.amount.toString(), o.request.termMonths])).toEqual([['PERSONAL', '9000.00', 24], ['INSS_CONSIGNADO', '10500.00', 24]]);
    expect(answer.withheld.size).toBe(0);
  });

  it('a loan the policy refuses at every term is withheld with its reasons and the seed chooses again: 76 years old, past the personal loan\'s 75 at the end', () => {
    const { answer } = recommendFor('5000.00', '1500.00', '1950-03-01');
    expect(answer.withheld.get('emprestimo_pessoal')?.map((r) => r.rule)).toContain('PERSONAL.AGE');
    expect(answer.seed).toMatchObject({ produto_recomendado: 'credito_consiginado', alternativas: ['cartao_gold', 'cartao_basico'] });
    expect(answer.seed.alternativas).not.toContain('emprestimo_pessoal');
    expect(answer.offers.map((o) => o.request.product)).toEqual(['INSS_CONSIGNADO']);
  });

  it('74 years old: D-9 wants 74 + term/12 below 75, so of 24, 18, 12 and 6 months the personal loan is offered at 6', () => {
    const { answer } = recommendFor('5000.00', '1500.00', '1952-03-01');
    expect(answer.offers.map((o) => [o.request.product, o.request.termMonths])).toEqual([['PERSONAL', 6], ['INSS_CONSIGNADO', 24]]);
  });

  it('a consignado elsewhere, declared with its origin, balance and installments left, becomes a portability offer priced on that balance', () => {
    const latest = applicant('5000.00', '1500.00', '1960-01-15');
    const history = { latest, consignado: latest, inquiries6m: 1, score: 750, partnerIds: [] };
    const debt = { originInstitutionIspb: '60746948', originContractNumber: 'CTR-1', balance: '20000.00', installment: '800.00', remainingInstallments: 40, monthlyRate: '0.035' };
    // DTI (211.24 + 800) / 5000 = 0.2022; taxa_estimada_atual (600 × 0.0185 + 20000 × 0.035) / 20600 = 0.0345 > 2%: eligible (P-11: 2% ≤ 0.8 × 0.0345).
    const base = seedBase('5000.00', '1500.00', 750, { installments: ['211.24', '800.00'], total: '1011.24', debt: '20600.00', rate: '0.0345' });
    const answer = recommendWithinPolicy(base, { prioridade: 'juros_baixos', produto_recusado: [] }, history, policyContext(parameters, history, [contract], '5000.00'), TODAY, [debt]);
    const portability = answer.offers.find((o) => o.request.operationType === 'PORTABILITY');
    expect(portability?.request).toMatchObject({ seedProduct: 'portabilidade_divida', product: 'INSS_CONSIGNADO', termMonths: 40, portability: debt });
    expect(portability?.terms).toMatchObject({ releasedAmount: '20000.00', financedAmount: '20000.00', iof: '0.00', termMonths: 40 });
    expect(Money.of(portability?.terms.installmentAmount ?? '0').lt(Money.of('800.00'))).toBe(true);
  });

  it('Dataprev\'s last margin counts our contracts on the benefit activated since: 651.26 then, less 211.24 since, leaves 440.02 for the consignado', () => {
    const latest = applicant('5000.00', '1500.00', '1960-01-15');
    const margin = { benefitNumber: '1234567890', loan: { limit: '651.26', used: '0.00', available: '651.26' }, restrictions: [], checkedAt: '2025-11-01T00:00:00.000Z', fromCache: false };
    const history = { latest, consignado: latest, inquiries6m: 1, score: 750, partnerIds: [], margin };
    // The contract (activated 2025-11-10, after the answer of 2025-11-01) is on benefit 1234567890.
    const answer = recommendWithinPolicy(seedBase('5000.00', '1500.00', 750), { produto_recusado: [] }, history, policyContext(parameters, history, [contract], '5000.00'), TODAY);
    const inss = answer.offers.find((o) => o.request.product === 'INSS_CONSIGNADO');
    if (!inss) throw new Error('no INSS offer');
    expect(inss.request.amount.lt(Money.of('10500.00'))).toBe(true);
    expect(Money.of(inss.terms.installmentAmount).lte(Money.of('440.02'))).toBe(true);
    const above = evaluateOffer(offerApplication(latest, { ...inss.request, amount: inss.request.amount.plus(Money.of('100.00')) }, TODAY), policyContext(parameters, history, [contract], '5000.00'));
    expect(above?.reasons.find((r) => r.rule === 'INSS.MARGIN')).toMatchObject({ passed: false, limit: '440.02' });
  });

  it('refinanciamento (cards at 90%: risco alto, debt relief only) becomes a REFINANCING of the consignado here at the longest term approved, with a lower installment', () => {
    const latest = applicant('5000.00', '1500.00', '1960-01-15');
    const history = { latest, consignado: latest, inquiries6m: 1, score: 600, partnerIds: [] };
    const perfil = financialProfile({
      id_cliente: 'c1', renda_mensal_bruta: '5000.00', despesas_mensais: '1500.00', limite_total_cartoes: '10000.00', saldo_devedor_cartoes: '9000.00',
      historico_pagamentos: [{ dias_atraso: 0 }, { dias_atraso: 0 }], consultas_ultimos_6m: 1, inadimplencias_registradas_5a: 0, emprestimos_ativos: [{ parcela_mensal: '211.24' }], score_externo: 600,
    });
    expect(perfil.risco_credito).toBe('alto');
    // Seed: debt 600.00 at 5% over 24 → PMT 43.48 ≤ 0.85 × 211.24 = 179.55: viable (P-11).
    const base = { ...seedBase('5000.00', '1500.00', 600), perfil };
    const answer = recommendWithinPolicy(base, { produto_recusado: [] }, history, policyContext(parameters, history, [contract], '5000.00'), TODAY);
    expect(answer.seed.produto_recomendado).toBe('refinanciamento');
    const [offer] = answer.offers;
    expect(offer.request).toMatchObject({ seedProduct: 'refinanciamento', product: 'INSS_CONSIGNADO', operationType: 'REFINANCING', refinancedContractId: contract.contractId, termMonths: 96 });
    expect(Money.of(offer.terms.installmentAmount).lt(Money.of('211.24'))).toBe(true);
  });

  it('the amount comes down to what the policy approves: the largest round amount (R$ 100 steps) within the capacity', () => {
    // Seed: pm = min(0.3 × 3000, 3000 − 2000) = 900 → R$ 5,400; the policy's capacity is 30% of (3000 − 2000) = 300 a month.
    const { answer, latest, ctx } = recommendFor('3000.00', '2000.00', '1960-01-15');
    const personal = answer.offers.find((o) => o.request.product === 'PERSONAL');
    if (!personal) throw new Error('no personal offer');
    const amount = personal.request.amount;
    expect(amount.lt(Money.of('5400.00'))).toBe(true);
    expect(amount.cents % 10_000n).toBe(0n);
    expect(Money.of(personal.terms.installmentAmount).lte(Money.of('300.00'))).toBe(true);
    const above = evaluateOffer(offerApplication(latest, { ...personal.request, amount: amount.plus(Money.of('100.00')) }, TODAY), ctx);
    expect(above && isApprovable(above)).toBe(false);
  });

  it('a score band capping the term (401–600: 18 months) gets the seed\'s loan at the longest term it allows', () => {
    const { answer } = recommendFor('5000.00', '1500.00', '1960-01-15', 450);
    const personal = answer.offers.find((o) => o.request.product === 'PERSONAL');
    expect(personal?.request.termMonths).toBe(18);
  });
});
