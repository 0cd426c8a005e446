import { randomUUID } from 'node:crypto';
import { waitFor } from '@consignado/testing';
import { br, brasiliaToday } from '../format';
import { activeContract } from './contract';
import { expectOk, type Json, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';

/**
 * Seed 003 §4.9, R-LN-8: staff (fabio.riscos, CONTRACT_BLOCKER) block a contract by court order;
 * payment refuses the customer's payment while it lasts and the customer is told; once the order
 * is revoked staff unblock it and the same payment goes through.
 */
export const contractBlock: LifeCycleJourney = {
  rows: [
    { label: 'Bloqueio · pagamento durante o bloqueio', expect: 'PAYMENT.CONTRACT_BLOCKED' },
    { label: 'Bloqueio · desbloqueio e pagamento', expect: 'PAID' },
  ],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[bloqueio]';
  const a = await activeContract(ctx, tag, 'internal', 'Otávio Nunes Barreto', '2500.00', 24);
  const s = servicing(ctx);
  const blocked = expectOk(await s.block(a.contractId, { reason: 'JUDICIAL_ORDER', note: 'Ofício 1234/2026 da 2ª Vara Cível (demonstração)' }, randomUUID()), 'bloqueio');
  ctx.log(`${tag} fabio.riscos bloqueia o contrato por ordem judicial (${blocked.body['blocks'].length} bloqueio no histórico)`);
  await waitFor(async () => ((await s.billing(a.contractId)).body['block'] ? true : undefined), { description: 'bloqueio conhecido no payment', timeoutMs: 60_000, intervalMs: 250 });
  const first: Json = a.contract['installments'][0];
  const payment = { customerId: a.customerId, contractId: a.contractId, amount: first['installment'], installments: [1], paymentDate: brasiliaToday() };
  await ctx.clock.atLeast(payment.paymentDate);
  const refused = await s.pay(payment, randomUUID());
  ctx.log(`${tag} pagamento da parcela 1 (${br(first['installment'])}) → ${refused.status} ${refused.body['code']}: ${refused.body['detail']}`);
  const notice = await waitFor(async () => (await s.notifications(a.customerId)).find((n) => n.sourceEventType === 'ContractBlocked'), { description: 'aviso de bloqueio', timeoutMs: 60_000, intervalMs: 250 });
  ctx.log(`${tag} aviso ao cliente: "${notice.subject}"`);

  expectOk(await s.unblock(a.contractId, { note: 'Ordem judicial revogada (demonstração)' }, randomUUID()), 'desbloqueio');
  ctx.log(`${tag} ordem revogada: contrato desbloqueado`);
  await waitFor(async () => ((await s.billing(a.contractId)).body['block'] ? undefined : true), { description: 'desbloqueio conhecido no payment', timeoutMs: 60_000, intervalMs: 250 });
  const paid = expectOk(await s.pay(payment, randomUUID()), 'pagamento após o desbloqueio');
  ctx.log(`${tag} o mesmo pagamento agora: ${paid.status} ${paid.body['message'] ?? ''}`);
  const row = await waitFor(async () => (await s.billing(a.contractId)).body['installments']?.find((r: Json) => r['number'] === 1 && r['status'] === 'PAID'), { description: 'parcela 1 paga', timeoutMs: 60_000, intervalMs: 250 });
  return [String(refused.body['code'] ?? refused.status), String(row['status'])];
}
