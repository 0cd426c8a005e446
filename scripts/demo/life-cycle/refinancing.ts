import { br, brasiliaToday } from '../format';
import { activeContract } from './contract';
import { channel, expectOk, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';
import { payAhead } from './paid-ahead';
import { contractWhen, follow } from './wait';

const TROCO = '1000.00';

/**
 * R-LN-6 via CORBAN: a 6-installment contract with 2 paid (20%, the minimum), then a REFINANCING
 * with R$ 1.000,00 of new money. The new contract is the old one's payoff today + the troco; its
 * activation pays the old one off, which loan settles as REFINANCED by exactly that payoff.
 */
export const refinancing: LifeCycleJourney = {
  rows: [{ label: 'CORBAN   · refinanciamento, novo', expect: 'CONTRACTED' }, { label: 'CORBAN   · refinanciamento, antigo', expect: 'SETTLED/REFINANCED' }],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[refinanciamento]';
  const a = await activeContract(ctx, tag, 'corban', 'Francisco Nunes Batista', '3000.00', 6);
  await payAhead(ctx, tag, a, 2);
  const s = servicing(ctx);
  const quote = expectOk(await s.payoff(a.contractId, brasiliaToday()), 'cotação').body;
  ctx.log(`${tag} quitação do contrato hoje: ${br(quote['amount'])} (saldo ${br(quote['balance'])} + juros ${br(quote['interest'])} − desconto das parcelas adiantadas ${br(quote['prepaidDiscount'])})`);

  const corban = channel(ctx, 'corban');
  const created = expectOk(await corban.proposeRefinancing({ customerId: a.customerId, refinancedContractId: a.contractId, troco: TROCO, termMonths: 12 }), 'refinanciamento');
  ctx.log(`${tag} proposta de REFINANCING ${created.body['id']} criada: troco de ${br(TROCO)}, 12 parcelas`);
  const final = await follow(ctx.log, corban, String(created.body['id']), tag);
  if (final['state'] !== 'CONTRACTED') return [String(final['state']), String((await s.contract(a.contractId)).body['status'])];
  const fresh = expectOk(await s.contract(String(final['contractId'])), 'novo contrato').body;
  ctx.log(`${tag} novo contrato ${fresh['id']}: ${br(fresh['releasedAmount'])} (quitação ${br(quote['amount'])} + troco ${br(TROCO)}), 12 parcelas de ${br(fresh['installmentAmount'])}`);
  const old = await contractWhen(ctx, a.contractId, (c) => c['status'] === 'SETTLED', 'contrato antigo quitado');
  const settlement = old['settlement'];
  ctx.log(`${tag} contrato antigo ${old['status']} (${settlement['reason']}) por ${br(settlement['amount'])}, substituído por ${settlement['replacedByContractId']}`);
  return ['CONTRACTED', settlement['amount'] === quote['amount'] ? `${old['status']}/${settlement['reason']}` : `${old['status']} por ${settlement['amount']}`];
}
