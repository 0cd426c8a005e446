import { randomUUID } from 'node:crypto';
import { randomCpf } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { br, brDate } from '../format';
import { channel, expectOk, type Json, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';
import { follow } from './wait';

/**
 * R-LN-8, seed 003 §4.9: a public servant's consignado sold with credit-life insurance shows its
 * policy; staff (fabio.riscos) block it for the insured's death; loan files the claim, the
 * connector takes it to the insurer (mock), and the insurer's payment settles the contract
 * INSURANCE_CLAIM at payment and loan.
 */
export const insuranceClaim: LifeCycleJourney = {
  rows: [
    { label: 'Seguro prestamista · apólice do contrato', expect: 'ACTIVE' },
    { label: 'Seguro prestamista · óbito, sinistro pago', expect: 'INSURANCE_CLAIM' },
  ],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[seguro]';
  const c = channel(ctx, 'internal');
  const customer = expectOk(await c.post(c.path('customers'), { cpf: randomCpf(), name: 'Ruth Amaral Campos', birthDate: '1971-08-30', monthlyIncome: '8200.00', linkType: 'SERVIDOR' }), 'cliente');
  const customerId = String(customer.body['id']);
  const created = expectOk(await c.propose({ customerId, product: 'SERVIDOR_CONSIGNADO', operationType: 'NEW', requestedAmount: '15000.00', termMonths: 48, withInsurance: true }), 'proposta');
  const final = await follow(ctx.log, c, String(created.body['id']), tag);
  if (final['state'] !== 'CONTRACTED') throw new Error(`proposta terminou em ${String(final['state'])}`);
  const contractId = String(final['contractId']);
  const s = servicing(ctx);
  await waitFor(async () => ((await s.billing(contractId)).status === 200 ? true : undefined), { description: 'cobrança aberta no payment', timeoutMs: 60_000, intervalMs: 250 });
  const policy: Json = (await s.contract(contractId)).body['insurancePolicy'];
  ctx.log(`${tag} apólice ${policy['policyNumber']} (${policy['insurer']}): prêmio ${br(policy['premium'])} financiado, cobre o saldo de ${br(policy['coveredBalance'])} até ${brDate(policy['coverageEnd'])}`);

  expectOk(await s.block(contractId, { reason: 'DEATH', note: 'Certidão de óbito apresentada pela família (demonstração)' }, randomUUID()), 'bloqueio por óbito');
  ctx.log(`${tag} fabio.riscos bloqueia o contrato por óbito do segurado: sinistro aberto na seguradora`);
  const settled: Json = await waitFor(async () => {
    const v = (await s.contract(contractId)).body;
    return v['status'] === 'SETTLED' ? v : undefined;
  }, { description: 'contrato quitado pela seguradora', timeoutMs: 90_000, intervalMs: 500 });
  const claim: Json = settled['insurancePolicy']['claims'][0];
  ctx.log(`${tag} seguradora pagou ${br(claim['paidAmount'])} (saldo em ${brDate(claim['coverageDate'])}): contrato quitado (${settled['settlement']['reason']}), apólice ${settled['insurancePolicy']['status']}`);
  return [String(policy['status']), String(settled['settlement']['reason'])];
}
