import { randomUUID } from 'node:crypto';
import { generateCpf } from '@consignado/auth';
import type { ContractPositionChangedPayload } from '@consignado/contracts';
import { civilDateInBrazil } from '@consignado/finance';
import { bearer, testIdentity } from '@consignado/testing';
import { oldContract } from '../src/modules/contract-projection/testing/position.fixtures';
import { inssPayload } from '../src/modules/analysis/testing/proposal.fixtures';
import { deliver, getJson, type Harness, projectPosition, proposalEvent, startHarness } from './harness';
import { publish } from './support';

/**
 * Seed 004 on the real Kafka and PostgreSQL (R-CA-3): a retiree with a contract here paid on time
 * and an application on file. Figures worked out by hand (Python decimal): DTI 211.24 / 5000 =
 * 0.0422; pm = min(0.3 × 5000, 5000 − 1500) = 1500 → personal 6 × 1500 = 9000 at 2% over 24 months,
 * PMT 475.84; pmc = 1750 → consignado 10500, PMT 555.15 (24) and 411.94 (36, parcela_baixa).
 */
describe('credit-analysis: financial profile, recommendation and feedback on the real stack', () => {
  const identity = testIdentity();
  let h: Harness;
  beforeAll(async () => void (h = await startHarness()));
  afterAll(async () => h?.close());

  const today = civilDateInBrazil(new Date());
  const staff = async () => bearer(await identity.clientToken('internal-origination'));
  const customer = async () => {
    const session = await identity.customerSession(generateCpf());
    return { customerId: session.accountId, headers: bearer(session.accessToken) };
  };
  const post = async (path: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: any }> => {
    const res = await fetch(`${h.service.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };

  /** The hand-worked contract moved to today: two installments paid on their due dates, three to come. */
  const contractPaidOnTime = (customerId: string): ContractPositionChangedPayload => {
    const due = [-2, -1, 1, 2, 3].map((k) => today.plusMonths(k).toString());
    const start = today.plusMonths(-3).toString();
    const base = oldContract({ contractId: randomUUID(), customerId, paid: 2 });
    const installments = base.installments.map((row, i) => ({ ...row, dueDate: due[i], ...(row.status === 'PAID' ? { paidOn: due[i] } : {}) }));
    return { ...base, contractDate: start, firstDueDate: due[0], activatedAt: `${start}T13:00:00.000Z`, planStart: { ...base.planStart, date: start }, installments };
  };

  /** A retiree known to the platform: the contract above and an INSS application (CPF scored 750, income 5000, expenses 1500). */
  const knownRetiree = async () => {
    const who = await customer();
    await projectPosition(h, contractPaidOnTime(who.customerId));
    await deliver(h, proposalEvent(inssPayload({ customerId: who.customerId, cpf: '50000075060', monthlyIncome: '5000.00', monthlyExpenses: '1500.00', channel: 'DIGITAL', partnerId: undefined })));
    return who;
  };
  const cards = { cardLimitTotal: '10000.00', cardBalance: '1000.00' };

  it('profile: what the platform knows plus what the request declares, each field with its source; kept and read back; a retry replays it', async () => {
    const who = await knownRetiree();
    const key = { ...who.headers, 'idempotency-key': randomUUID() };
    const first = await post(`/v1/customers/${who.customerId}/financial-profiles`, cards, key);
    expect(first).toMatchObject({ status: 201, body: { customerId: who.customerId, rulesVersion: 'SEED004-PROFILE-2026.12' } });
    expect(first.body.profile).toEqual({
      perfil_financeiro: 'conservador', historico_credito_classificacao: 'excelente', risco_credito: 'baixo',
      metrics: { DTI: 0.0422, utilizacao_credito: 0.1, pct_pagto_em_dia: 1, dias_atraso_max: 0, consultas_ultimos_6m: 1, inadimplencias_5a: 0 },
      dados_suficientes: true, campos_faltantes: [], id_cliente: who.customerId, motivos_classificacao: expect.arrayContaining(['Score externo=750 (≥750)', 'DTI=0.0422 (≤0.25)']),
    });
    expect(first.body.sources).toMatchObject({ renda_mensal_bruta: 'PLATFORM', limite_total_cartoes: 'DECLARED', historico_pagamentos: 'PLATFORM', emprestimos_ativos: 'PLATFORM', score_externo: 'PLATFORM' });
    expect(first.body.input).toMatchObject({ renda_mensal_bruta: '5000.00', emprestimos_ativos: [{ parcela_mensal: '211.24' }], historico_pagamentos: [{ dias_atraso: 0 }, { dias_atraso: 0 }] });

    expect(await post(`/v1/customers/${who.customerId}/financial-profiles`, cards, key)).toMatchObject({ status: 200, body: { profileId: first.body.profileId } });
    expect(await post(`/v1/customers/${who.customerId}/financial-profiles`, { ...cards, cardBalance: '9000.00' }, key)).toMatchObject({ status: 409, body: { code: 'PERSONALIZATION.IDEMPOTENCY_CONFLICT' } });
    expect(await h.tables.customerRows('financial_profile', who.customerId)).toBe(1);
    expect(await getJson(h, `/v1/financial-profiles/${first.body.profileId}`, who.headers)).toMatchObject({ status: 200, body: { profile: first.body.profile, input: first.body.input } });

    const other = await customer();
    expect(await post(`/v1/customers/${who.customerId}/financial-profiles`, cards, other.headers)).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.CUSTOMER_NOT_FOUND' } });
    expect(await getJson(h, `/v1/financial-profiles/${first.body.profileId}`, other.headers)).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.PROFILE_NOT_FOUND' } });
    expect(JSON.stringify(h.logs)).not.toContain('5000.00');
  });

  it('recommendation: the seed picks, the analysis prices and approves every loan named; two kinds of feedback adjust it round by round', async () => {
    const who = await knownRetiree();
    const profile = (await post(`/v1/customers/${who.customerId}/financial-profiles`, cards, who.headers)).body;
    const first = await post(`/v1/financial-profiles/${profile.profileId}/recommendations`, {}, who.headers);
    expect(first.status).toBe(201);
    expect(first.body.recommendation).toMatchObject({
      produto_recomendado: 'emprestimo_pessoal', alternativas: ['credito_consiginado', 'cartao_gold'], elegibilidade_preliminar: { aprovado: true },
      parametros_oferta: { valor_credito: 9000, prazo_meses: 24, parcela_estimada: 475.84, taxa_juros_mensal_aproximada: 0.02, limite_sugerido: null },
    });
    const offers = first.body.offers as { seedProduct: string; product: string; operationType: string; requestedAmount: string; termMonths: number }[];
    expect(offers.map((o) => [o.seedProduct, o.product, o.operationType, o.termMonths])).toEqual([['emprestimo_pessoal', 'PERSONAL', 'NEW', 24], ['credito_consiginado', 'INSS_CONSIGNADO', 'NEW', 24]]);
    const made = await h.output.next('RecommendationMade', who.customerId);
    expect(made.payload).toMatchObject({ recommendationId: first.body.recommendationId, round: 1, risk: 'baixo', recommendedProduct: 'emprestimo_pessoal', offers });

    // The personal offer as a proposal: the analysis approves it with exactly the offer's terms.
    const personal = first.body.offers[0];
    const asProposal = proposalEvent(inssPayload({
      customerId: who.customerId, cpf: '50000075060', product: 'PERSONAL', linkType: 'APOSENTADO', channel: 'DIGITAL', partnerId: undefined, monthlyRate: undefined, benefit: undefined, benefitPaidByOwnBank: undefined,
      monthlyIncome: '5000.00', monthlyExpenses: '1500.00', requestedAmount: personal.requestedAmount, termMonths: personal.termMonths, contractDate: personal.contractDate, firstDueDate: personal.firstDueDate,
    }));
    await publish(h.producer, h.service, asProposal);
    const approved = await h.output.next('CreditApproved', asProposal.aggregateId);
    const terms = ['releasedAmount', 'financedAmount', 'monthlyRate', 'termMonths', 'installmentAmount', 'iof', 'insurance', 'totalPayable', 'cetMonthlyPercent', 'cetAnnualPercent', 'contractDate', 'firstDueDate'];
    expect(approved.payload).toMatchObject(Object.fromEntries(terms.map((k) => [k, personal[k]])));

    const second = await post(`/v1/recommendations/${first.body.recommendationId}/feedback`, { prioridade: 'juros_baixos' }, who.headers);
    expect(second).toMatchObject({ status: 201, body: { round: 2, previousRecommendationId: first.body.recommendationId, recommendation: { produto_recomendado: 'credito_consiginado', parametros_oferta: { valor_credito: 10500, parcela_estimada: 555.15 } } } });
    const third = await post(`/v1/recommendations/${second.body.recommendationId}/feedback`, { prioridade: 'parcela_baixa', produto_recusado: ['emprestimo_pessoal'] }, who.headers);
    expect(third).toMatchObject({ status: 201, body: { round: 3, feedback: { prioridade: 'parcela_baixa', produto_recusado: ['emprestimo_pessoal'] } } });
    expect(third.body.recommendation).toMatchObject({ produto_recomendado: 'credito_consiginado', parametros_oferta: { prazo_meses: 36, parcela_estimada: 411.94 } });
    expect(third.body.recommendation.alternativas).not.toContain('emprestimo_pessoal');
    expect(third.body.offers.map((o: { product: string; termMonths: number }) => [o.product, o.termMonths])).toEqual([['INSS_CONSIGNADO', 36]]);

    expect(await post(`/v1/recommendations/${first.body.recommendationId}/feedback`, { prioridade: 'prazo_curto' }, who.headers)).toMatchObject({ status: 422, body: { code: 'PERSONALIZATION.RECOMMENDATION_SUPERSEDED' } });
    const history = await getJson(h, `/v1/customers/${who.customerId}/recommendations`, who.headers);
    expect(history.body.items.map((r: { round: number; feedbackGiven: unknown }) => [r.round, r.feedbackGiven])).toEqual([
      [1, null], [2, { prioridade: 'juros_baixos', produto_recusado: [] }], [3, { prioridade: 'parcela_baixa', produto_recusado: ['emprestimo_pessoal'] }],
    ]);
  });

  it('a consignado elsewhere declared with its origin becomes a portability offer on its balance, which proposal receives with the origin', async () => {
    const who = await knownRetiree();
    const debt = { institution: 'Banco Exemplo', installment: '800.00', balance: '20000.00', monthlyRate: '0.035', remainingInstallments: 40, originInstitutionIspb: '60746948', originContractNumber: 'CTR-2024-000123' };
    const profile = (await post(`/v1/customers/${who.customerId}/financial-profiles`, { ...cards, externalLoans: [debt] }, who.headers)).body;
    expect(profile.sources).toMatchObject({ emprestimos_ativos: 'PLATFORM+DECLARED' });
    const round = await post(`/v1/financial-profiles/${profile.profileId}/recommendations`, { prioridade: 'juros_baixos' }, who.headers);
    const portability = round.body.offers.find((o: { operationType: string }) => o.operationType === 'PORTABILITY');
    expect(portability).toMatchObject({ seedProduct: 'portabilidade_divida', product: 'INSS_CONSIGNADO', requestedAmount: '0.00', releasedAmount: '20000.00', termMonths: 40, portability: { originInstitutionIspb: '60746948', originContractNumber: 'CTR-2024-000123' } });
    const made = await h.output.next('RecommendationMade', who.customerId);
    expect(made.payload.offers).toContainEqual(expect.objectContaining({ offerId: portability.offerId, portability: portability.portability }));
  });

  it('one answer per round: concurrent feedbacks to the same round make one next round, the others are told it was superseded; a retried key replays its round', async () => {
    const who = await knownRetiree();
    const profile = (await post(`/v1/customers/${who.customerId}/financial-profiles`, cards, who.headers)).body;
    const first = (await post(`/v1/financial-profiles/${profile.profileId}/recommendations`, {}, who.headers)).body;
    const keys = Array.from({ length: 4 }, () => randomUUID());
    const answers = await Promise.all(keys.map((k) => post(`/v1/recommendations/${first.recommendationId}/feedback`, { prioridade: 'juros_baixos' }, { ...who.headers, 'idempotency-key': k })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422, 422, 422]);
    const winner = keys[answers.findIndex((a) => a.status === 201)];
    const replay = await post(`/v1/recommendations/${first.recommendationId}/feedback`, { prioridade: 'juros_baixos' }, { ...who.headers, 'idempotency-key': winner });
    expect(replay).toMatchObject({ status: 200, body: { recommendationId: answers.find((a) => a.status === 201)?.body.recommendationId, round: 2 } });
    expect(await h.tables.customerRows('recommendation', who.customerId)).toBe(2);
  });

  it('a correspondent sees the customers it brought (a proposal of theirs), and only those', async () => {
    const alpha = bearer(await identity.clientToken('corban-alpha'));
    const beta = bearer(await identity.clientToken('corban-beta'));
    const who = await customer();
    // corban-alpha's partner id (apps/identity: the client's partner_id claim).
    await deliver(h, proposalEvent(inssPayload({ customerId: who.customerId, channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' })));
    const mine = await post(`/v1/customers/${who.customerId}/financial-profiles`, cards, alpha);
    expect(mine.status).toBe(201);
    expect(await post(`/v1/customers/${who.customerId}/financial-profiles`, cards, beta)).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.CUSTOMER_NOT_FOUND' } });
    expect(await getJson(h, `/v1/financial-profiles/${mine.body.profileId}`, beta)).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.PROFILE_NOT_FOUND' } });
    expect(await getJson(h, `/v1/financial-profiles/${mine.body.profileId}`, alpha)).toMatchObject({ status: 200, body: { profileId: mine.body.profileId } });
  });

  it('never recommends a loan the platform cannot approve: with no application on file every loan is withheld, with why', async () => {
    const who = await customer();
    const profile = (await post(`/v1/customers/${who.customerId}/financial-profiles`, { grossMonthlyIncome: '5000', monthlyExpenses: '1500', ...cards }, await staff())).body;
    expect(profile.profile).toMatchObject({ dados_suficientes: true, historico_credito_classificacao: 'regular' });
    const round = await post(`/v1/financial-profiles/${profile.profileId}/recommendations`, {}, await staff());
    expect(round.body.offers).toEqual([]);
    // Consignado is not even eligible by the seed's rules without a formal income on file; the personal loan is withheld.
    expect(round.body.withheld.map((w: { product: string }) => w.product)).toEqual(['emprestimo_pessoal']);
    expect(round.body.withheld[0].reasons[0]).toMatchObject({ code: 'PERSONALIZATION.APPLICANT_UNKNOWN' });
    expect(['cartao_basico', 'limite_conta', 'cartao_gold', 'aumento_limite_cartao', null]).toContain(round.body.recommendation.produto_recomendado);
  });

  it('bad input: 400 with a code and nothing written; missing data gives dados_suficientes=false, a decline, and no feedback round', async () => {
    const who = await customer();
    const path = `/v1/customers/${who.customerId}/financial-profiles`;
    const oversized = { externalLoans: Array.from({ length: 20 }, () => ({ institution: 'x'.repeat(100), installment: '1000000.00', balance: '10000000.00', monthlyRate: '0.045000' })), externalPaymentRecords: Array.from({ length: 240 }, () => 3650) };
    expect(JSON.stringify(oversized).length).toBeGreaterThan(5000);
    for (const [body, code] of [
      [{ grossMonthlyIncome: '-5000' }, 'REQUEST.INVALID_BODY'],
      [{ grossMonthlyIncome: 5000 }, 'REQUEST.INVALID_BODY'],
      [{ externalPaymentRecords: [0, 1.5] }, 'REQUEST.INVALID_BODY'],
      [{ externalLoans: [{ institution: 'x'.repeat(90), installment: '10' }], creditInquiries6m: 1, notes: 'y'.repeat(5000) }, 'REQUEST.INVALID_BODY'],
      [oversized, 'PERSONALIZATION.INVALID_INPUT_SIZE'],
    ] as const) {
      expect(await post(path, body, who.headers)).toMatchObject({ status: 400, body: { code } });
    }
    expect(await h.tables.customerRows('financial_profile', who.customerId)).toBe(0);

    const scarce = await post(path, {}, who.headers);
    expect(scarce.body.profile).toMatchObject({ dados_suficientes: false, campos_faltantes: ['renda_mensal_bruta', 'despesas_mensais', 'limite_total_cartoes', 'saldo_devedor_cartoes'] });
    const round = await post(`/v1/financial-profiles/${scarce.body.profileId}/recommendations`, {}, who.headers);
    expect(round.body.recommendation).toMatchObject({ produto_recomendado: null, elegibilidade_preliminar: { aprovado: false, motivo: 'dados insuficientes' } });
    expect(await post(`/v1/recommendations/${round.body.recommendationId}/feedback`, { prioridade: 'parcela_baixa' }, who.headers)).toMatchObject({ status: 422, body: { code: 'PERSONALIZATION.NOT_ADJUSTABLE' } });
    expect(await post(`/v1/recommendations/${round.body.recommendationId}/feedback`, {}, who.headers)).toMatchObject({ status: 400, body: { code: 'PERSONALIZATION.INVALID_FEEDBACK' } });
    expect(await h.tables.customerRows('recommendation', who.customerId)).toBe(1);
  });
});
