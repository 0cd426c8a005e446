import { randomUUID } from 'node:crypto';
import { IsoDate } from '@consignado/finance';
import { br, brDate } from '../format';
import { activeContract } from './contract';
import { expectOk, type Json, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';
import { contractWhen } from './wait';

/**
 * R-LN-8, seed 003 §4.9: #1 paid, #2 left unpaid; 15 days after its due date the customer, who
 * can pay R$ 200,00 a month, asks for workout offers and takes the first one on offer. The late
 * contract ends RENEGOTIATED; a RENEGOTIATION contract takes its place and its deduction at
 * Dataprev. It moves the business clock past a due date, so main runs it after the other
 * journeys, on a clock set back to the system date.
 */
export const workout: LifeCycleJourney = { rows: [{ label: 'INTERNAL · renegociação de atraso', expect: 'RENEGOTIATED' }], run };

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[renegociação]';
  const a = await activeContract(ctx, tag, 'internal', 'Joaquim Ferreira Lopes', '3000.00', 12);
  const s = servicing(ctx);
  const rows: Json[] = a.contract['installments'];
  await ctx.clock.atLeast(rows[0]['dueDate']);
  expectOk(await s.pay({ customerId: a.customerId, contractId: a.contractId, amount: rows[0]['installment'], installments: [1], paymentDate: rows[0]['dueDate'] }, randomUUID()), 'parcela 1');
  const t = IsoDate.of(rows[1]['dueDate']).plusDays(15).toString();
  // Loan quotes the workout: it must have booked #1 first (PaymentReceived), or it quotes #1 overdue too and payment refuses the terms.
  await contractWhen(ctx, a.contractId, (x) => x['paidInstallments'] === 1, 'parcela 1 no loan', t);
  await ctx.clock.atLeast(t);
  ctx.log(`${tag} parcela 1 paga; a 2 (${br(rows[1]['installment'])}, vencida em ${brDate(rows[1]['dueDate'])}) ficou em aberto — relógio de negócio → ${brDate(t)}`);

  const quote = expectOk(await s.workoutOffers(a.contractId, { capacity: '200.00', date: t }), 'ofertas').body;
  const c = quote['consolidated'];
  ctx.log(`${tag} dívida consolidada ${br(c['total'])}: parcela ${br(c['overdueAmount'])} + multa ${br(c['fine'])} + mora ${br(c['mora'])} + saldo do restante ${br(c['remainingPayoff'])}`);
  for (const o of quote['offers'] as Json[]) ctx.log(`${tag}   ${o['option']}: ${o['termMonths']}× ${br(o['installmentAmount'])} a partir de ${brDate(o['firstDueDate'])} (desconto ${br(o['discount'])})`);
  for (const u of quote['unavailable'] as Json[]) ctx.log(`${tag}   ${u['option']}: indisponível — ${u['message']}`);
  const chosen: Json = quote['offers'][0];
  const { option, lateChargesDiscount, graceDays, installmentAmount, termMonths } = chosen;
  const asked = { customerId: a.customerId, contractId: a.contractId, option, capacity: '200.00', installmentAmount, termMonths };
  const extra = option === 'LATE_CHARGES_DISCOUNT' ? { lateChargesDiscount } : option === 'GRACE' ? { graceDays } : {};
  const accepted = expectOk(await s.renegotiate({ ...asked, ...extra }, randomUUID()), 'renegociação').body;
  ctx.log(`${tag} ${option} aceita no payment: contrato novo ${accepted['newContractId']} de ${br(accepted['debt'])}`);

  const fresh = await contractWhen(ctx, String(accepted['newContractId']), (x) => x['status'] === 'ACTIVE', 'contrato RENEGOTIATION ativo', t);
  const old = await contractWhen(ctx, a.contractId, (x) => x['status'] === 'SETTLED', 'contrato antigo encerrado', t);
  ctx.log(`${tag} loan: ${fresh['operationType']} ${fresh['termMonths']}× ${br(fresh['installmentAmount'])}; o antigo ${old['status']} (${old['settlement']['reason']})`);
  return [old['settlement']['reason'] === 'RENEGOTIATED' && fresh['installmentAmount'] === installmentAmount ? 'RENEGOTIATED' : `${old['status']}/${fresh['status']}`];
}
