import { randomUUID } from 'node:crypto';
import type { ServicingClient } from '@consignado/stack-runner';
import type { ChaosStack } from './chaos-stack';
import { expectSettled } from './faults';
import { type DueInstallment, untilAnswered } from './payments';

/** A late contract and the workout chosen for it: LONGER_TERM on a capacity of its old installment. */
export interface Workout {
  item: DueInstallment;
  body: Parameters<ServicingClient['renegotiate']>[0];
}

/** Loan's LONGER_TERM offer for each contract on `date` (its first installment then 15 days late). */
export async function longerTermOffers(servicing: ServicingClient, items: readonly DueInstallment[], date: string): Promise<Workout[]> {
  return Promise.all(items.map(async (item) => {
    const res = await servicing.workoutOffers(item.contractId, { capacity: item.amount, date });
    const offer = (res.body['offers'] as Array<Record<string, unknown>> | undefined)?.find((o) => o['option'] === 'LONGER_TERM');
    if (res.status !== 200 || !offer) throw new Error(`no LONGER_TERM offer for ${item.contractId}: ${res.status} ${JSON.stringify(res.body)}`);
    const { contractId, customerId, amount } = item;
    return { item, body: { customerId, contractId, option: 'LONGER_TERM', capacity: amount, installmentAmount: String(offer['installmentAmount']), termMonths: Number(offer['termMonths']) } };
  }));
}

/** Each workout accepted by two concurrent requests with one Idempotency-Key (a double tap, a retry); every answer's status. */
export function acceptTwiceEach(servicing: ServicingClient, workouts: readonly Workout[]): Promise<number[]> {
  return Promise.all(workouts.flatMap((w) => {
    const key = randomUUID();
    const accept = () => untilAnswered(() => servicing.renegotiate(w.body, key), `renegotiation of ${w.item.contractId}`);
    return [accept(), accept()];
  }));
}

/** Per effect, how many of the late contracts have it: the settling payment, the closed billing, loan's replacement and old contract settled, the new billing, the notice. */
export async function renegotiationEffects(chaos: ChaosStack, items: readonly DueInstallment[]) {
  const contracts = items.map((i) => i.contractId);
  const count = async (service: string, sql: string, params: unknown[]) => Number((await chaos.db.query<{ n: string }>(service, sql, params))[0].n);
  const replacements = await chaos.db.query<{ id: string }>('loan', `SELECT id FROM contract WHERE operation_type = 'RENEGOTIATION' AND renegotiation->>'renegotiatedContractId' = ANY($1::text[])`, [contracts]);
  return {
    payments: await count('payment', `SELECT count(*) AS n FROM payment WHERE source = 'RENEGOTIATION' AND contract_id = ANY($1::uuid[])`, [contracts]),
    replacements: replacements.length,
    settled: await count('loan', `SELECT count(*) AS n FROM contract WHERE status = 'SETTLED' AND settlement_reason = 'RENEGOTIATED' AND id = ANY($1::uuid[])`, [contracts]),
    newBillings: await count('payment', 'SELECT count(*) AS n FROM billing WHERE contract_id = ANY($1::uuid[])', [replacements.map((r) => r.id)]),
    notices: await count('notification', `SELECT count(*) AS n FROM notification WHERE template = 'CONTRACT_RENEGOTIATED' AND customer_id = ANY($1::uuid[])`, [items.map((i) => i.customerId)]),
  };
}

/** Every late contract replaced exactly once, in every service, once the events settle (a minute at most). */
export function expectRenegotiatedOnce(chaos: ChaosStack, items: readonly DueInstallment[]): Promise<void> {
  const n = items.length;
  return expectSettled(() => renegotiationEffects(chaos, items), { payments: n, replacements: n, settled: n, newBillings: n, notices: n }, 60_000, 'every late contract renegotiated once');
}
