import { randomUUID } from 'node:crypto';
import { IsoDate, Money } from '@consignado/finance';
import { br, brasiliaToday, brDate } from '../format';
import { activeContract } from './contract';
import { expectOk, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';
import { contractWhen } from './wait';

/**
 * R-LN-4: 15 days after the contract, loan quotes the payoff (balance + pro-rata interest, future
 * interest not charged); exactly that amount paid at payment as an EARLY_SETTLEMENT settles the
 * contract, and the customer saves the interest of every installment not yet due.
 */
export const earlySettlement: LifeCycleJourney = { rows: [{ label: 'DIGITAL  · quitação antecipada', expect: 'SETTLED' }], run };

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[quitação]';
  const a = await activeContract(ctx, tag, 'digital', 'Rosa Maria Tavares', '4000.00', 24);
  const s = servicing(ctx);
  const t = IsoDate.of(brasiliaToday()).plusDays(15).toString();
  if (await ctx.clock.atLeast(t)) ctx.log(`${tag} relógio de negócio → ${brDate(t)}`);

  const quote = expectOk(await s.payoff(a.contractId, t), 'cotação').body;
  ctx.log(`${tag} cotação do loan para ${brDate(t)}: ${br(quote['amount'])} (saldo ${br(quote['balance'])} + juros pro rata ${br(quote['interest'])})`);
  const paid = expectOk(await s.settle({ customerId: a.customerId, contractId: a.contractId, amount: quote['amount'], paymentDate: t }, randomUUID()), 'quitação');
  ctx.log(`${tag} ${br(quote['amount'])} pagos no payment (EARLY_SETTLEMENT): ${paid.body['message']}`);
  const saving = Money.of(quote['remainingUndiscounted']).minus(Money.of(quote['amount'])).toString();
  ctx.log(`${tag}   em vez de ${br(quote['remainingUndiscounted'])} das ${paid.body['settlement']['settledInstallments'].length} parcelas até o fim: economia de ${br(saving)}`);

  const settled = await contractWhen(ctx, a.contractId, (c) => c['status'] === 'SETTLED', 'contrato quitado no loan');
  const settlement = settled['settlement'];
  ctx.log(`${tag} contrato ${settled['status']} (${settlement['reason']}) por ${br(settlement['amount'])} em ${brDate(settlement['date'])}`);
  const exact = settlement['amount'] === quote['amount'];
  return [exact ? String(settled['status']) : `${settled['status']} por ${settlement['amount']}`];
}
