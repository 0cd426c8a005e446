import { randomUUID } from 'node:crypto';
import { type ChannelClient, randomBenefitNumber, randomCpf } from '@consignado/stack-runner';
import type { Acceptor } from './acceptance';

/**
 * Where a load goes: the channel clients it alternates, and the customers who accept each issued
 * contract (R-LN-9) — without them every proposal would stop at APPROVED.
 */
export interface IntakeTarget {
  channels: readonly ChannelClient[];
  acceptor: Acceptor;
}

/** What the channels sent: the proposals accepted by the API (each then tracked by the acceptor) and how fast the API took the requests. */
export interface Intake {
  ids: string[];
  /** Submissions refused (an error status or no answer) when refusals are allowed: not in `ids`. */
  refused: number;
  requests: number;
  seconds: number;
  requestLatenciesMs: number[];
}

/**
 * One INSS beneficiary registered and one proposal submitted for them (CORBAN or INTERNAL): two
 * POSTs (the latencies measured); the customer's acceptance of the contract, once issued, is the acceptor's.
 */
async function submitOne(c: ChannelClient, acceptor: Acceptor, latencies: number[]): Promise<string> {
  const benefitNumber = randomBenefitNumber();
  let t = performance.now();
  const customer = await c.post(c.path('customers'), {
    cpf: randomCpf(),
    name: 'Cliente de Carga',
    birthDate: '1960-03-15',
    monthlyIncome: '3000.00',
    linkType: 'APOSENTADO',
    benefit: { number: benefitNumber, kind: 'APOSENTADORIA_POR_IDADE', value: '3000.00', startDate: '2015-01-10' },
  });
  latencies.push(performance.now() - t);
  if (customer.status !== 201) throw new Error(`customer refused ${customer.status}: ${JSON.stringify(customer.body)}`);
  t = performance.now();
  const proposal = await c.propose({ customerId: customer.body['id'], product: 'INSS_CONSIGNADO', operationType: 'NEW', withInsurance: false, requestedAmount: '4000.00', termMonths: 60 }, randomUUID());
  latencies.push(performance.now() - t);
  if (proposal.status !== 201) throw new Error(`proposal refused ${proposal.status}: ${JSON.stringify(proposal.body)}`);
  const id = String(proposal.body['id']);
  acceptor.track(id, c);
  return id;
}

/** How `submitMany` treats refusals, and who hears of its progress. */
export interface IntakeOptions {
  /** A refused submission (a fault makes the API answer 5xx for a moment) is counted, the client pauses 200 ms and goes on; else it throws. */
  allowRefusals?: boolean;
  /** Called with the number of proposals accepted so far, after each one. */
  onAccepted?: (accepted: number) => void;
}

/** `total` proposals from `concurrency` clients in a closed loop, alternating the target's channels; its acceptor accepts each contract issued. */
export async function submitMany({ channels, acceptor }: IntakeTarget, total: number, concurrency: number, { allowRefusals = false, onAccepted }: IntakeOptions = {}): Promise<Intake> {
  const ids: string[] = [];
  const latencies: number[] = [];
  let next = 0;
  let refused = 0;
  const started = performance.now();
  const worker = async (w: number) => {
    while (next < total) {
      next += 1;
      try {
        ids.push(await submitOne(channels[(w + next) % channels.length], acceptor, latencies));
        onAccepted?.(ids.length);
      } catch (error) {
        if (!allowRefusals) throw error;
        refused += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return { ids, refused, requests: latencies.length, seconds: (performance.now() - started) / 1000, requestLatenciesMs: latencies };
}

/** One proposal at a time through `c`, each waited for (`awaitFinal`, the acceptor accepting it on the way) before the next is sent. */
export async function submitSerially(acceptor: Acceptor, c: ChannelClient, total: number, awaitFinal: (id: string) => Promise<void>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < total; i += 1) {
    const id = await submitOne(c, acceptor, []);
    await awaitFinal(id);
    ids.push(id);
  }
  return ids;
}
