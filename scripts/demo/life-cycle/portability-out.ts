import { CounterpartsClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { br } from '../format';
import { activeContract } from './contract';
import { type Json, type LifeCycleContext, type LifeCycleJourney } from './context';
import { contractWhen } from './wait';

const DESTINATION_BANK = '60746948';

/**
 * R-LN-11: another bank asks the exchange for one of our contracts. Loan answers its payoff, the
 * bank transfers exactly that, payment records it, loan settles the contract PORTED_OUT and the
 * connector confirms the settlement at the exchange. Each status of the exchange is printed.
 */
export const portabilityOut: LifeCycleJourney = { rows: [{ label: 'CTC      · portabilidade de saída', expect: 'SETTLED/PORTED_OUT' }], run };

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[portabilidade de saída]';
  const a = await activeContract(ctx, tag, 'digital', 'Joaquim Mendes Rocha', '3500.00', 36);
  const exchange = new CounterpartsClient(ctx.stack.urls);
  const opened = await exchange.incomingPortability({ destinationIspb: DESTINATION_BANK, originContractNumber: a.contractId, cpf: a.cpf, behaviour: 'TRANSFER', delayMs: 1000 });
  ctx.log(`${tag} banco ${DESTINATION_BANK} pede a portabilidade do contrato na CTC (NU ${opened['portabilityNumber']})`);
  let seen = '';
  const last = await waitFor(async () => {
    const p = (await exchange.portabilities(a.contractId)).find((x) => x['portabilityNumber'] === opened['portabilityNumber']);
    if (p && p['status'] !== seen) {
      seen = p['status'];
      ctx.log(`${tag} CTC → ${seen}${describe(p)}`);
    }
    return p && ['PORTABILITY_COMPLETED', 'REJECTED', 'CANCELLED', 'PAYMENT_ISSUE'].includes(p['status']) ? p : undefined;
  }, { description: 'portabilidade concluída na CTC', timeoutMs: 120_000, intervalMs: 250 });
  if (last['status'] !== 'PORTABILITY_COMPLETED') return [`CTC ${last['status']}`];
  const settled = await contractWhen(ctx, a.contractId, (c) => c['status'] === 'SETTLED', 'contrato portado no loan');
  const settlement: Json = settled['settlement'];
  ctx.log(`${tag} contrato ${settled['status']} (${settlement['reason']}) por ${br(settlement['amount'])}`);
  const byTransfer = settlement['amount'] === last['transfer']['amount'];
  return [byTransfer ? `${settled['status']}/${settlement['reason']}` : `${settled['status']} por ${settlement['amount']}`];
}

/** What a status brings: our answer (the balance) or the destination's transfer. */
function describe(p: Json): string {
  if (p['status'] === 'ACCEPTED_SETTLEMENT_IN_PROGRESS') return `: saldo informado pelo loan ${br(p['answer']['balance'])}`;
  if (p['status'] === 'ACCEPTED_SETTLEMENT_COMPLETED') return `: ${br(p['transfer']['amount'])} transferidos (${p['transfer']['strMessage']})`;
  return '';
}
