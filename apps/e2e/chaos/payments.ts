import { randomUUID } from 'node:crypto';
import type { ServicingClient } from '@consignado/stack-runner';
import { pause } from '../bench/stats';
import type { ChaosStack } from './chaos-stack';
import { expectSettled } from './faults';

export interface DueInstallment {
  contractId: string;
  customerId: string;
  amount: string;
  dueDate: string;
}

/** The first installment of each proposal's contract, as payment bills it (amounts as decimal strings). */
export async function firstInstallments(chaos: ChaosStack, proposalIds: readonly string[]): Promise<DueInstallment[]> {
  const contracts = await chaos.db.query<{ id: string; customer_id: string }>('loan', 'SELECT id, customer_id FROM contract WHERE proposal_id = ANY($1::uuid[])', [proposalIds]);
  const customers = new Map(contracts.map((c) => [c.id, c.customer_id]));
  const rows = await chaos.db.query<{ contract_id: string; amount: string; due: string }>(
    'payment',
    `SELECT contract_id, amount::text AS amount, to_char(due_date, 'YYYY-MM-DD') AS due FROM billing_installment WHERE number = 1 AND contract_id = ANY($1::uuid[])`,
    [[...customers.keys()]],
  );
  return rows.map((r) => ({ contractId: r.contract_id, customerId: customers.get(r.contract_id) as string, amount: r.amount, dueDate: r.due }));
}

/**
 * Pays an installment as a client that never gives up on a lost answer: the same Idempotency-Key
 * again after a dropped connection or a 5xx, until an answer that settles it (2xx or 4xx).
 */
function payUntilAnswered(servicing: ServicingClient, i: DueInstallment, key: string): Promise<number> {
  const pay = () => servicing.pay({ customerId: i.customerId, contractId: i.contractId, amount: i.amount, installments: [1], paymentDate: i.dueDate }, key);
  return untilAnswered(pay, `payment of ${i.contractId}`);
}

/** Sends one request again (same key inside `send`) after a dropped connection or a 5xx, for up to 2 min; the status that settled it. */
export async function untilAnswered(send: () => Promise<{ status: number }>, what: string): Promise<number> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const res = await send().catch(() => undefined);
    if (res && res.status < 500) return res.status;
    if (Date.now() > deadline) throw new Error(`${what} unanswered for 2 min`);
    await pause(250);
  }
}

/** Each installment paid by two concurrent requests with one Idempotency-Key (a double click, a retry); every answer's status. */
export function payTwiceEach(servicing: ServicingClient, items: readonly DueInstallment[]): Promise<number[]> {
  return Promise.all(
    items.flatMap((i) => {
      const key = randomUUID();
      return [payUntilAnswered(servicing, i, key), payUntilAnswered(servicing, i, key)];
    }),
  );
}

/** Per kind, how many of the installments were paid: payments stored, billed installments paid, loan's installments paid, receipts sent. */
export async function paymentEffects(chaos: ChaosStack, items: readonly DueInstallment[]) {
  const contracts = items.map((i) => i.contractId);
  const count = async (service: string, sql: string, params: unknown[]) => Number((await chaos.db.query<{ n: string }>(service, sql, params))[0].n);
  return {
    payments: await count('payment', 'SELECT count(*) AS n FROM payment WHERE contract_id = ANY($1::uuid[])', [contracts]),
    billedPaid: await count('payment', `SELECT count(*) AS n FROM billing_installment WHERE number = 1 AND status = 'PAID' AND contract_id = ANY($1::uuid[])`, [contracts]),
    loanPaid: await count('loan', `SELECT count(*) AS n FROM contract_installment WHERE number = 1 AND status = 'PAID' AND contract_id = ANY($1::uuid[])`, [contracts]),
    receipts: await count('notification', `SELECT count(*) AS n FROM notification WHERE source_event_type = 'PaymentReceived' AND customer_id = ANY($1::uuid[])`, [items.map((i) => i.customerId)]),
  };
}

/** Every installment paid exactly once, in every service, once the events settle (a minute at most). */
export function expectPaidOnce(chaos: ChaosStack, items: readonly DueInstallment[]): Promise<void> {
  const n = items.length;
  return expectSettled(() => paymentEffects(chaos, items), { payments: n, billedPaid: n, loanPaid: n, receipts: n }, 60_000, 'every payment applied once');
}
