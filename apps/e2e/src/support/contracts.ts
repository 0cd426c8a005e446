import type { Channel, ServicingClient } from '@consignado/stack-runner';
import { IsoDate } from '@consignado/finance';
import { waitFor } from '@consignado/testing';
import { e2eIdentity } from './identity';
import { client, finalState, type InssCustomer, inssCustomer, propose } from './journey';
import { e2eStack } from './stack';

export type Json = Record<string, any>;

export interface ActiveContract {
  customerId: string;
  cpf: string;
  benefitNumber: string;
  contractId: string;
  /** Loan's contract view right after activation: terms and the schedule's rows. */
  contract: Json;
  rows: Json[];
}

export const plusDays = (date: string, days: number): string => IsoDate.of(date).plusDays(days).toString();
export const daysBetween = (from: string, to: string): number => IsoDate.of(from).daysUntil(IsoDate.of(to));

/**
 * A new INSS customer with an ACTIVE consignado contract whose billing (with its finance position
 * and payroll deduction) is open at payment: where every balance operation starts. `extra`
 * describes the customer (on DIGITAL its `cpf` is the logged-in customer's).
 */
export async function activeContract(channel: Channel, requestedAmount: string, termMonths: number, extra: InssCustomer = {}): Promise<ActiveContract> {
  const c = client(channel, channel === 'digital' && extra.cpf ? { cpf: extra.cpf } : undefined);
  const customer = await inssCustomer(c, extra);
  const id = await propose(c, { customerId: customer.id, product: 'INSS_CONSIGNADO', requestedAmount, termMonths });
  const proposal = await finalState(c, id);
  if (proposal['state'] !== 'CONTRACTED') throw new Error(`proposal ended ${proposal['state']}`);
  const contractId = String(proposal['contractId']);
  const s = servicing();
  await waitFor(async () => {
    const b = await s.billing(contractId);
    return b.status === 200 && b.body['payrollDeduction'] ? true : undefined;
  }, { description: 'billing with payroll deduction' });
  const contract = (await s.contract(contractId)).body;
  return { customerId: customer.id, cpf: customer.cpf, benefitNumber: customer.benefitNumber, contractId, contract, rows: contract['installments'] };
}

/** The back office with real tokens: servicing-ops (reads, payments, clock, jobs), payroll-source (remittances). */
export function servicing(): ServicingClient {
  return e2eIdentity().servicing(e2eStack().urls);
}

/** Waits until loan's contract view (valued on `date`, today by default) satisfies `ready`. */
export function contractWhen(contractId: string, ready: (c: Json) => boolean, description: string, date?: string): Promise<Json> {
  return waitFor(async () => {
    const res = await servicing().contract(contractId, date);
    return res.status === 200 && ready(res.body) ? res.body : undefined;
  }, { description, timeoutMs: 60_000 });
}

/** Pays installments 1..k one by one on their due dates (payment's business clock moved to each). */
export async function payOnDueDates(a: ActiveContract, k: number): Promise<void> {
  const s = servicing();
  for (const row of a.rows.slice(0, k)) {
    await s.setBusinessDate(row['dueDate']);
    const paid = await s.pay({ customerId: a.customerId, contractId: a.contractId, amount: row['installment'], installments: [row['number']], paymentDate: row['dueDate'] });
    if (paid.status !== 201) throw new Error(`installment ${row['number']} refused ${paid.status}: ${JSON.stringify(paid.body)}`);
  }
  await contractWhen(a.contractId, (c) => c['paidInstallments'] === k, `${k} installments paid in loan`);
}
