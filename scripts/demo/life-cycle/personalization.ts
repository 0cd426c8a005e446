import { CounterpartsClient, randomCpfScoring, type SeedFeedback } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { br, brRate } from '../format';
import { activeContract } from './contract';
import { channel, expectOk, type Json, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';
import { changeLine, offerLines, profileLines, seedLine } from './personalization-lines';
import { follow } from './wait';

/** Seed 004's worked retiree: income and expenses as registered (never printed), a CPF the score provider rates 750. */
const RETIREE = { income: '5000.00', expenses: '1500.00' };
/** What the customer declares besides: cards, and a year of installments paid on time elsewhere. */
const DECLARED = { cardLimitTotal: '10000.00', cardBalance: '1000.00', externalPaymentRecords: Array.from({ length: 12 }, () => 0) };
const FEEDBACK: SeedFeedback = { prioridade: 'parcela_baixa', produto_recusado: ['emprestimo_pessoal'] };

/**
 * Seed 004 (R-CA-3) for a DIGITAL retiree with a consignado here: credit analysis computes the
 * financial profile from what the platform knows plus the cards declared, recommends (the seed
 * picks, the credit policy prices and approves each loan), and adjusts after one feedback; the
 * customer then makes the INSS offer a proposal in one call, followed to CONTRACTED with the offer's terms.
 */
export const personalization: LifeCycleJourney = {
  rows: [
    { label: 'Personalização · ajuste pelo feedback', expect: 'emprestimo_pessoal → credito_consiginado 36×' },
    { label: 'DIGITAL  · proposta da oferta recomendada', expect: 'CONTRACTED' },
  ],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[personalização]';
  const cpf = randomCpfScoring(750);
  const benefitNumber = await new CounterpartsClient(ctx.stack.urls).benefitWorth(cpf, RETIREE.income);
  const a = await activeContract(ctx, tag, 'digital', 'Helena Castro Vieira', '3000.00', 12, { cpf, benefitNumber, ...RETIREE });
  await waitFor(async () => ((await servicing(ctx).contractPosition(a.contractId)).status === 200 ? true : undefined), { description: 'contrato projetado na análise de crédito', timeoutMs: 60_000, intervalMs: 250 });
  const me = ctx.identity.personalization(ctx.stack.urls, { cpf });

  const profile = expectOk(await me.computeProfile(a.customerId, DECLARED), 'perfil').body;
  for (const line of profileLines(profile)) ctx.log(`${tag} ${line}`);
  const first = expectOk(await me.recommend(profile['profileId']), 'recomendação').body;
  for (const line of [seedLine(first), ...offerLines(first)]) ctx.log(`${tag} ${line}`);
  ctx.log(`${tag} feedback do cliente: prioridade ${FEEDBACK.prioridade}, recusa ${FEEDBACK.produto_recusado?.join(', ')}`);
  const second = expectOk(await me.feedback(first['recommendationId'], FEEDBACK), 'feedback').body;
  for (const line of [seedLine(second), ...offerLines(second), changeLine(first, second)]) ctx.log(`${tag} ${line}`);
  const adjusted = `${first['recommendation']['produto_recomendado']} → ${second['recommendation']['produto_recomendado']} ${second['recommendation']['parametros_oferta']['prazo_meses']}×`;

  const offer = (second['offers'] as Json[]).find((o) => o['product'] === 'INSS_CONSIGNADO');
  if (!offer) return [adjusted, 'sem oferta INSS'];
  const app = channel(ctx, 'digital', { cpf });
  const created = expectOk(await app.proposeFromOffer(offer['offerId']), 'proposta da oferta').body;
  ctx.log(`${tag} proposta ${created['id']} criada da oferta ${offer['offerId']}: ${br(created['requestedAmount'])} em ${created['termMonths']}× a ${brRate(created['monthlyRate'])}`);
  const final = await follow(ctx.log, app, String(created['id']), tag);
  if (final['state'] !== 'CONTRACTED') return [adjusted, String(final['state'])];
  const c = expectOk(await servicing(ctx).contract(String(final['contractId'])), 'contrato').body;
  const same = ['releasedAmount', 'termMonths', 'monthlyRate', 'installmentAmount'].every((k) => c[k] === offer[k]);
  ctx.log(`${tag} contrato ${c['id']}: ${c['termMonths']}× ${br(c['installmentAmount'])} a ${brRate(c['monthlyRate'])}, ${br(c['releasedAmount'])} liberados — ${same ? 'os termos da oferta' : 'DIFERENTE da oferta'}`);
  return [adjusted, same ? 'CONTRACTED' : 'CONTRACTED, termos ≠ oferta'];
}
