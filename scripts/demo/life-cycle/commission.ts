import { civilDateInBrazil } from '@consignado/finance';
import { randomCpf } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { br, brDate } from '../format';
import { channel, expectOk, type Json, type LifeCycleContext, type LifeCycleJourney } from './context';
import { follow } from './wait';

const brazilDay = (iso: string): string => civilDateInBrazil(new Date(iso)).toString();

/**
 * Seed 003 §6.3, R-PR-5, R-PR-8: corban alpha sells a servant's consignado and earns its
 * commission on activation; the customer regrets within 7 days and the commission is clawed back;
 * the partner's statement shows both lines and a net of zero for the contract.
 */
export const commissionClawback: LifeCycleJourney = {
  rows: [
    { label: 'Comissão do correspondente · ganha na ativação', expect: 'EARNED' },
    { label: 'Comissão do correspondente · estorno no arrependimento', expect: 'CLAWBACK' },
  ],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[comissão]';
  const c = channel(ctx, 'corban');
  const customer = expectOk(await c.post(c.path('customers'), { cpf: randomCpf(), name: 'Otávio Brandão Leite', birthDate: '1983-11-09', monthlyIncome: '7400.00', linkType: 'SERVIDOR' }), 'cliente');
  const created = expectOk(await c.propose({ customerId: String(customer.body['id']), product: 'SERVIDOR_CONSIGNADO', operationType: 'NEW', requestedAmount: '9000.00', termMonths: 36, withInsurance: false }), 'proposta');
  const id = String(created.body['id']);
  const final = await follow(ctx.log, c, id, tag);
  if (final['state'] !== 'CONTRACTED') throw new Error(`proposta terminou em ${String(final['state'])}`);
  const earned: Json = final['commission'];
  ctx.log(`${tag} contrato ativo: comissão ${earned['percent']}% sobre ${br(earned['base'])} = ${br(earned['amount'])} (${earned['status']})`);

  expectOk(await c.cancel(id), 'arrependimento');
  const regretted: Json = await waitFor(async () => {
    const p = (await c.proposal(id)).body;
    return p['commission']?.['status'] === 'REVERSED' ? p : undefined;
  }, { description: 'comissão estornada', timeoutMs: 90_000, intervalMs: 500 });
  const [from, to] = [brazilDay(String(final['activatedAt'])), brazilDay(String(regretted['commission']['reversedAt']))];
  const statement: Json = expectOk(await c.get<Json>(`/v1/partners/${String(final['partnerId'])}/commission-statement?from=${from}&to=${to}`), 'extrato').body;
  const mine = (statement['lines'] as Json[]).filter((l) => l['proposalId'] === id);
  for (const l of mine) ctx.log(`${tag} extrato ${brDate(l['date'])}: ${l['kind']} ${br(l['amount'])}`);
  ctx.log(`${tag} cliente desistiu no prazo de 7 dias: contrato cancelado, comissão estornada; extrato do parceiro no período ${brDate(from)}–${brDate(to)}: ganho ${br(statement['totals']['earned'])}, estornado ${br(statement['totals']['clawedBack'])}`);
  return [String(earned['status']), String(mine[mine.length - 1]?.['kind'])];
}
