import { randomUUID } from 'node:crypto';
import Big from 'big.js';
import { type ChannelClient, type PersonalizationClient, randomCpf } from '@consignado/stack-runner';
import { type ActiveContract, type Json, servicing } from '../support/contracts';
import { client, finalState } from '../support/journey';
import { personalization, r4, RETIREE, retireeWithContract } from '../support/personalization';

const offerRows = (round: Json): unknown[][] => (round['offers'] as Json[]).map((o) => [o['seedProduct'], o['product'], o['operationType'], o['termMonths']]);
const inssOffer = (round: Json): Json => (round['offers'] as Json[]).find((o) => o['product'] === 'INSS_CONSIGNADO') as Json;

/**
 * Seed 004 (R-CA-3) on the whole stack, for a DIGITAL retiree with a contract here: the profile
 * merges what the platform knows (the application's income and expenses, the contract projected
 * from loan, the analyses, the score) with the cards and payment records they declare; the
 * recommendation is adjusted by two kinds of feedback; an offer becomes a contract with its terms.
 * By hand (PROFILE.md), income R = 5000 and expenses D = 1500 as registered, risco baixo (rate 2%):
 * pm = min(0.3 × 5000, 5000 − 1500) = 1500 → emprestimo_pessoal 6 × 1500 = 9000, 24 × PMT 475.84;
 * pmc = min(0.35 × 5000, 3500) = 1750 → credito_consiginado 6 × 1750 = 10500, 24 × 555.15 or 36 × 411.94.
 */
export function personalizationSuite(): void {
  describe('credit personalization (seed 004) for a customer with a contract', () => {
    let a: ActiveContract;
    let me: PersonalizationClient;
    let app: ChannelClient;
    let profile: Json;
    const rounds: Json[] = [];
    const declared = { cardLimitTotal: '10000.00', cardBalance: '1000.00', externalPaymentRecords: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] };

    beforeAll(async () => {
      a = await retireeWithContract();
      me = personalization(a.cpf);
      app = client('digital', { cpf: a.cpf });
    }, 240_000);

    it('profile: the platform fills income, expenses, the contract, inquiries and score; the request adds cards and records, each field with its source', async () => {
      const installment = String(a.contract['installmentAmount']);
      // DTI = r4(Σ installments / R), the contract's only (IOF, so the installment, moves with the day): e.g. 287.14 / 5000.00 = 0.057428 → 0.0574.
      const dti = r4(installment, RETIREE.income);
      const res = await me.computeProfile(a.customerId, declared);
      expect(res.status).toBe(201);
      profile = res.body;
      // Utilization 1000 / 10000 = 0.1; 12 declared records on time (the contract has none due yet); 1 analysis in 6 months; score 750.
      expect(profile['profile']).toEqual({
        perfil_financeiro: 'conservador', historico_credito_classificacao: 'excelente', risco_credito: 'baixo',
        metrics: { DTI: dti, utilizacao_credito: 0.1, pct_pagto_em_dia: 1, dias_atraso_max: 0, consultas_ultimos_6m: 1, inadimplencias_5a: 0 },
        dados_suficientes: true, campos_faltantes: [], id_cliente: a.customerId, motivos_classificacao: expect.arrayContaining(['Score externo=750 (≥750)', `DTI=${dti} (≤0.25)`]),
      });
      expect(profile['sources']).toEqual({
        renda_mensal_bruta: 'PLATFORM', despesas_mensais: 'PLATFORM', limite_total_cartoes: 'DECLARED', saldo_devedor_cartoes: 'DECLARED', historico_pagamentos: 'PLATFORM+DECLARED',
        consultas_ultimos_6m: 'PLATFORM', inadimplencias_registradas_5a: 'PLATFORM', emprestimos_ativos: 'PLATFORM', score_externo: 'PLATFORM',
      });
      expect(profile['input']).toMatchObject({ renda_mensal_bruta: RETIREE.income, despesas_mensais: RETIREE.expenses, emprestimos_ativos: [{ parcela_mensal: installment }], score_externo: 750 });
      expect(await me.profile(profile['profileId'])).toMatchObject({ status: 200, body: { profile: profile['profile'], sources: profile['sources'] } });
    });

    it('recommendation: the seed picks and credit analysis prices; juros_baixos, then a refusal with parcela_baixa, adjust it round by round', async () => {
      const first = await me.recommend(profile['profileId']);
      expect(first).toMatchObject({ status: 201, body: { round: 1, previousRecommendationId: null, feedbackGiven: null } });
      expect(first.body['recommendation']).toMatchObject({
        produto_recomendado: 'emprestimo_pessoal', alternativas: ['credito_consiginado', 'cartao_gold'], elegibilidade_preliminar: { aprovado: true },
        parametros_oferta: { valor_credito: 9000, prazo_meses: 24, parcela_estimada: 475.84, taxa_juros_mensal_aproximada: 0.02, limite_sugerido: null },
      });
      expect(offerRows(first.body)).toEqual([['emprestimo_pessoal', 'PERSONAL', 'NEW', 24], ['credito_consiginado', 'INSS_CONSIGNADO', 'NEW', 24]]);
      expect(inssOffer(first.body)['requestedAmount']).toBe('10500.00');
      expect(new Big(first.body['offers'][0]['requestedAmount']).lte(9000)).toBe(true); // fitted down to the score band's limits, if need be

      const second = await me.feedback(first.body['recommendationId'], { prioridade: 'juros_baixos' });
      expect(second).toMatchObject({ status: 201, body: { round: 2, previousRecommendationId: first.body['recommendationId'], feedbackGiven: { prioridade: 'juros_baixos' } } });
      expect(second.body['recommendation']).toMatchObject({
        produto_recomendado: 'credito_consiginado', alternativas: ['emprestimo_pessoal', 'cartao_gold'], parametros_oferta: { valor_credito: 10500, prazo_meses: 24, parcela_estimada: 555.15 },
      });
      expect(offerRows(second.body)).toEqual([['credito_consiginado', 'INSS_CONSIGNADO', 'NEW', 24], ['emprestimo_pessoal', 'PERSONAL', 'NEW', 24]]);

      const third = await me.feedback(second.body['recommendationId'], { prioridade: 'parcela_baixa', produto_recusado: ['emprestimo_pessoal'] });
      expect(third).toMatchObject({ status: 201, body: { round: 3, previousRecommendationId: second.body['recommendationId'], feedback: { prioridade: 'parcela_baixa', produto_recusado: ['emprestimo_pessoal'] } } });
      expect(third.body['recommendation']).toMatchObject({
        produto_recomendado: 'credito_consiginado', alternativas: ['cartao_gold', 'cartao_basico'], parametros_oferta: { valor_credito: 10500, prazo_meses: 36, parcela_estimada: 411.94 },
      });
      expect(third.body['recommendation']['restricoes']).toContain('emprestimo_pessoal: recusado pelo cliente');
      expect(offerRows(third.body)).toEqual([['credito_consiginado', 'INSS_CONSIGNADO', 'NEW', 36]]);
      expect(inssOffer(third.body)['requestedAmount']).toBe('10500.00');
      expect(new Big(inssOffer(third.body)['installmentAmount']).lt(inssOffer(second.body)['installmentAmount'])).toBe(true);
      rounds.push(first.body, second.body, third.body);

      expect(await me.feedback(first.body['recommendationId'], { prioridade: 'prazo_curto' })).toMatchObject({ status: 422, body: { code: 'PERSONALIZATION.RECOMMENDATION_SUPERSEDED' } });
      const history = await me.rounds(a.customerId);
      expect(history.body.items.map((r) => [r['round'], r['recommendationId'], r['feedbackGiven']])).toEqual([
        [1, first.body['recommendationId'], null],
        [2, second.body['recommendationId'], { prioridade: 'juros_baixos', produto_recusado: [] }],
        [3, third.body['recommendationId'], { prioridade: 'parcela_baixa', produto_recusado: ['emprestimo_pessoal'] }],
      ]);
    });

    it("the last round's INSS offer becomes a proposal, then a contract with exactly the offer's terms; the offer serves once", async () => {
      const offer = inssOffer(rounds[2]);
      const key = randomUUID();
      const created = await app.proposeFromOffer(offer['offerId'], {}, key);
      expect(created).toMatchObject({ status: 201, body: { offerId: offer['offerId'], customerId: a.customerId } });
      const proposal = await finalState(app, String(created.body['id']));
      expect(proposal['state']).toBe('CONTRACTED');
      const contract = (await servicing().contract(String(proposal['contractId']))).body;
      const terms = ['releasedAmount', 'financedAmount', 'monthlyRate', 'termMonths', 'installmentAmount', 'iof', 'contractDate', 'firstDueDate'];
      expect(contract).toEqual(expect.objectContaining({ customerId: a.customerId, product: 'INSS_CONSIGNADO', operationType: 'NEW', status: 'ACTIVE', ...Object.fromEntries(terms.map((k) => [k, offer[k]])) }));
      expect([contract['termMonths'], contract['releasedAmount']]).toEqual([36, '10500.00']);

      const replay = await app.post(app.path(`offers/${offer['offerId']}/proposals`), {}, { 'idempotency-key': key });
      expect([replay.status, replay.body['id']]).toEqual([201, created.body['id']]);
      const again = await app.proposeFromOffer(offer['offerId'], {}, randomUUID(), 0);
      expect(again).toMatchObject({ status: 409, body: { code: 'PROPOSAL.OFFER_ALREADY_USED', details: { proposalId: created.body['id'] } } });
    }, 200_000);
    it("another customer's token: 404 on the profile, the rounds, the feedback and the offers, as if they did not exist", async () => {
      const intruder = personalization(randomCpf());
      expect(await intruder.profile(profile['profileId'])).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.PROFILE_NOT_FOUND' } });
      expect(await intruder.recommendation(rounds[2]['recommendationId'])).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.RECOMMENDATION_NOT_FOUND' } });
      expect(await intruder.rounds(a.customerId)).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.CUSTOMER_NOT_FOUND' } });
      expect(await intruder.computeProfile(a.customerId, declared)).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.CUSTOMER_NOT_FOUND' } });
      expect(await intruder.feedback(rounds[2]['recommendationId'], { prioridade: 'prazo_curto' })).toMatchObject({ status: 404, body: { code: 'PERSONALIZATION.RECOMMENDATION_NOT_FOUND' } });
      // Proposal has consumed this round's RecommendationMade (the next round's offer was used above): the 404 is the stranger's.
      const stranger = client('digital');
      expect(await stranger.proposeFromOffer(inssOffer(rounds[1])['offerId'], {}, randomUUID(), 0)).toMatchObject({ status: 404, body: { code: 'PROPOSAL.OFFER_NOT_FOUND' } });
    });

  });
}
