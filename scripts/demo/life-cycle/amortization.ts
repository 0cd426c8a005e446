import { randomUUID } from 'node:crypto';
import { IsoDate, Money } from '@consignado/finance';
import { br, brasiliaToday, brDate } from '../format';
import { type ActiveContract, activeContract } from './contract';
import { expectOk, type Json, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';
import { contractWhen } from './wait';

type Mode = 'REDUCE_TERM' | 'REDUCE_INSTALLMENT';
const installment = (view: Json): Money => Money.of(view['plan']['installmentAmount']);

/** What each mode must do to the plan in force: fewer installments of the same amount, or as many of a smaller one. */
const AMENDS: Record<Mode, (before: Json, after: Json) => boolean> = {
  REDUCE_TERM: (b, a) => a['remainingInstallments'] < b['remainingInstallments'] && installment(a).compare(installment(b)) === 0,
  REDUCE_INSTALLMENT: (b, a) => a['remainingInstallments'] === b['remainingInstallments'] && installment(a).lt(installment(b)),
};

/**
 * R-LN-5, both modes on one contract 15 days after it was made: R$ 1.000,00 in REDUCE_TERM, then
 * R$ 500,00 in REDUCE_INSTALLMENT on the amended plan. Payment re-plans at once; loan recomputes
 * and amends the contract to the same plan.
 */
export const extraAmortization: LifeCycleJourney = {
  rows: [{ label: 'INTERNAL · amortização, prazo menor', expect: 'AMENDED' }, { label: 'INTERNAL · amortização, parcela menor', expect: 'AMENDED' }],
  run,
};

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[amortização]';
  const a = await activeContract(ctx, tag, 'internal', 'Sebastião Alves Prado', '5000.00', 24);
  const t = IsoDate.of(brasiliaToday()).plusDays(15).toString();
  if (await ctx.clock.atLeast(t)) ctx.log(`${tag} relógio de negócio → ${brDate(t)}`);
  const term = await amortize(ctx, tag, a, t, '1000.00', 'REDUCE_TERM');
  return [term, await amortize(ctx, tag, a, t, '500.00', 'REDUCE_INSTALLMENT')];
}

/** One amortization on `t`: the receipt's new plan printed, then loan's plan in force checked. */
async function amortize(ctx: LifeCycleContext, tag: string, a: ActiveContract, t: string, amount: string, mode: Mode): Promise<string> {
  const s = servicing(ctx);
  const before = expectOk(await s.contract(a.contractId, t), 'contrato').body;
  const plan = expectOk(await s.amortize({ customerId: a.customerId, contractId: a.contractId, amount, paymentDate: t, amortizationMode: mode }, randomUUID()), `amortização ${mode}`).body['amortization'];
  const rows: Json[] = plan['installments'];
  const last = rows[rows.length - 1];
  ctx.log(`${tag} ${br(amount)} amortizados em ${brDate(t)} (${mode}): juros do período ${br(plan['interestSettled'])}, saldo novo ${br(plan['balance'])}`);
  ctx.log(`${tag}   plano novo: ${rows.length} parcelas de ${br(plan['installmentAmount'])} (antes ${before['remainingInstallments']} de ${br(plan['previousInstallmentAmount'])}), até ${brDate(last['dueDate'])}, a última de ${br(last['amount'])}`);
  const after = await contractWhen(ctx, a.contractId, (c) => c['plan']['startDate'] === t && c['plan']['installmentAmount'] === plan['installmentAmount'] && c['remainingInstallments'] === rows.length, `plano ${mode} no loan`, t);
  ctx.log(`${tag}   loan: contrato alterado, ${after['remainingInstallments']} parcelas pendentes de ${br(after['plan']['installmentAmount'])}`);
  return AMENDS[mode](before, after) ? 'AMENDED' : `${after['remainingInstallments']}×${after['plan']['installmentAmount']}`;
}
