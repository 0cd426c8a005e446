import { randomUUID } from 'node:crypto';
import { RailDesk, randomCpf } from '@consignado/stack-runner';
import { br } from '../format';
import { disbursementWhen, releasedFunds } from '../release';
import { channel, expectOk, type Json, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';
import { follow } from './wait';

/**
 * R-LN-10, seed 003 §3.1: the rail refuses the customer's first PIX key (not theirs), the customer
 * registers a bank account and the money is paid there, once; then they regret the contract within
 * 7 days and payment tracks the money to give back until the bank receives it.
 */
export const fundsRelease: LifeCycleJourney = {
  rows: [
    { label: 'Liberação · chave recusada, nova conta', expect: 'RELEASED' },
    { label: 'Arrependimento · valor devolvido', expect: 'RECEIVED' },
  ],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[liberação]';
  const c = channel(ctx, 'internal');
  const customerId = String(expectOk(await c.post(c.path('customers'), { cpf: randomCpf(), name: 'Paulo Henrique Dias', birthDate: '1985-03-17', monthlyIncome: '6900.00', linkType: 'SERVIDOR' }), 'cliente').body['id']);
  const wrongKey = `paulo.${Date.now().toString(36)}@example.com`;
  await new RailDesk(ctx.stack.urls['rail-mock']).rejectNext(wrongKey, 'HOLDER_MISMATCH');
  expectOk(await c.setPayoutAccount(customerId, { kind: 'PIX_KEY', pixKey: wrongKey }), 'chave PIX');
  const created = expectOk(await c.propose({ customerId, product: 'SERVIDOR_CONSIGNADO', operationType: 'NEW', requestedAmount: '4200.00', termMonths: 24, withInsurance: false }), 'proposta');
  const proposalId = String(created.body['id']);
  const final = await follow(ctx.log, c, proposalId, tag);
  if (final['state'] !== 'CONTRACTED') throw new Error(`proposta terminou em ${String(final['state'])}`);
  const contractId = String(final['contractId']);
  const s = servicing(ctx);
  const failed: Json = (await disbursementWhen(s, contractId, (d) => d['attempts'][0]?.['status'] === 'FAILED' && d['status'] === 'AWAITING_ACCOUNT'))['attempts'][0];
  ctx.log(`${tag} transferência recusada pelo arranjo: ${failed['failure']['code']} — cliente cadastra uma conta corrente`);
  expectOk(await c.setPayoutAccount(customerId, { kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '0001', number: '0098765432', accountType: 'CACC' }), 'conta bancária');
  const released = await releasedFunds(s, contractId, ctx.log, tag);

  expectOk(await c.cancel(proposalId), 'arrependimento');
  const due: Json = await disbursementWhen(s, contractId, (d) => d['regretReturn']?.['status'] === 'DUE');
  ctx.log(`${tag} cliente desiste em 7 dias: contrato cancelado, a devolver ${br(due['regretReturn']['amountDue'])}`);
  expectOk(await s.receiveRegretReturn(contractId, { amount: due['regretReturn']['amountDue'] }, randomUUID()), 'devolução');
  const back: Json = (await s.disbursements(contractId)).body['regretReturn'];
  ctx.log(`${tag} devolução recebida: ${br(back['amountReceived'])}, saldo ${br(back['outstanding'])}`);
  return [String(released['status']), String(back['status'])];
}
