import { type Channel, type ChannelClient, CustomerClient, randomBenefitNumber, randomCpf } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { br, brDate } from '../format';
import { channel, expectOk, type Json, type LifeCycleContext, servicing } from './context';
import { follow } from './wait';

export interface ActiveContract {
  customerId: string;
  /** Kept for the counterparts (the exchange matches on it); never printed. */
  cpf: string;
  contractId: string;
  contract: Json;
}

/** Who a new customer is, when a journey needs to know: their CPF (its score), income and expenses, benefit. */
export interface CustomerFacts {
  cpf?: string;
  income?: string;
  expenses?: string;
  benefitNumber?: string;
}

/**
 * A new INSS retiree (valid random CPF, a benefit the mock Dataprev synthesises, unless `who`
 * says) on `via`, and the client that registered them: on DIGITAL, the customer themself (logged in with that CPF).
 */
export async function newCustomer(ctx: LifeCycleContext, via: Channel, name: string, who: CustomerFacts = {}): Promise<{ customerId: string; cpf: string; client: ChannelClient }> {
  const c = channel(ctx, via, via === 'digital' && who.cpf ? { cpf: who.cpf } : undefined);
  const cpf = c instanceof CustomerClient ? c.cpf : (who.cpf ?? randomCpf());
  const income = who.income ?? '3500.00';
  const res = expectOk(await c.post(c.path('customers'), {
    cpf, name, birthDate: '1959-04-12', monthlyIncome: income, ...(who.expenses ? { monthlyExpenses: who.expenses } : {}), linkType: 'APOSENTADO',
    benefit: { number: who.benefitNumber ?? randomBenefitNumber(), kind: 'APOSENTADORIA_POR_IDADE', value: income, startDate: '2014-06-02' },
  }), 'cliente');
  return { customerId: String(res.body['id']), cpf, client: c };
}

/**
 * Where every balance operation starts: a new customer's INSS contract, CONTRACTED, with its
 * billing (finance position and payroll deduction) open at payment. Prints each state.
 */
export async function activeContract(ctx: LifeCycleContext, tag: string, via: Channel, name: string, requestedAmount: string, termMonths: number, who: CustomerFacts = {}): Promise<ActiveContract> {
  const { customerId, cpf, client: c } = await newCustomer(ctx, via, name, who);
  const created = expectOk(await c.propose({ customerId, product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount, termMonths, withInsurance: false }), 'proposta');
  const proposalId = String(created.body['id']);
  ctx.log(`${tag} proposta ${proposalId} criada: ${br(requestedAmount)} em ${termMonths} parcelas`);
  const final = await follow(ctx.log, c, proposalId, tag);
  if (final['state'] !== 'CONTRACTED') throw new Error(`proposta terminou em ${String(final['state'])}`);
  const contractId = String(final['contractId']);
  const s = servicing(ctx);
  await waitFor(async () => ((await s.billing(contractId)).body['payrollDeduction'] ? true : undefined), { description: 'cobrança aberta no payment', timeoutMs: 60_000, intervalMs: 250 });
  const contract = (await s.contract(contractId)).body;
  ctx.log(`${tag} contrato ${contractId}: ${contract['termMonths']} parcelas de ${br(contract['installmentAmount'])} a partir de ${brDate(contract['firstDueDate'])}`);
  return { customerId, cpf, contractId, contract };
}
