import { Money } from '@consignado/finance';
import { waitFor } from '@consignado/testing';
import { br, brasiliaToday, brDate } from '../format';
import type { ActiveContract } from './contract';
import { expectOk, type Json, type LifeCycleContext, servicing } from './context';
import { contractWhen } from './wait';

/**
 * Pays installments 1..count today, ahead of their due dates (a refinancing is dated today, and a
 * balance operation may not precede a payment on record), then waits until loan and credit
 * analysis's projection of the contract (ContractPositionChanged) both count them as paid.
 */
export async function payAhead(ctx: LifeCycleContext, tag: string, a: ActiveContract, count: number): Promise<void> {
  const today = brasiliaToday();
  await ctx.clock.atLeast(today);
  const rows: Json[] = a.contract['installments'].slice(0, count);
  const amount = rows.reduce((sum, r) => sum.plus(Money.of(r['installment'])), Money.of('0.00')).toString();
  const numbers = rows.map((r) => Number(r['number']));
  expectOk(await servicing(ctx).pay({ customerId: a.customerId, contractId: a.contractId, amount, installments: numbers, paymentDate: today }), 'pagamento');
  ctx.log(`${tag} parcelas ${numbers.join(' e ')} pagas adiantadas em ${brDate(today)}: ${br(amount)}`);
  await contractWhen(ctx, a.contractId, (c) => c['paidInstallments'] === count, `${count} parcelas pagas no loan`);
  await waitFor(async () => {
    const res = await servicing(ctx).contractPosition(a.contractId);
    return res.status === 200 && res.body['paidInstallments'] === count ? true : undefined;
  }, { description: `projeção da análise de crédito com ${count} parcelas pagas`, timeoutMs: 60_000, intervalMs: 250 });
  ctx.log(`${tag} análise de crédito vê ${count} de ${a.contract['termMonths']} parcelas pagas (mínimo para refinanciar: 20%)`);
}
