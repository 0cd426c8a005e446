import { Kafka, logLevel } from 'kafkajs';
import { consumerGroupFor } from '@consignado/contracts';
import type { ChaosStack } from './chaos-stack';

const SERVICES = ['proposal', 'credit-analysis', 'loan', 'averbation-connector', 'payment', 'notification'] as const;

/** Where the proposals that did not settle stopped: each one's state, contract and averbation. */
async function stuck(chaos: ChaosStack, ids: readonly string[]): Promise<string[]> {
  const open = await chaos.db.query<{ id: string; state: string }>('proposal', `SELECT id, state FROM proposal WHERE id = ANY($1::uuid[]) AND state <> 'CONTRACTED'`, [ids]);
  const lines: string[] = [];
  for (const p of open.slice(0, 5)) {
    const [contract] = await chaos.db.query<{ id: string; status: string }>('loan', 'SELECT id, status FROM contract WHERE proposal_id = $1', [p.id]);
    const [averbation] = contract
      ? await chaos.db.query<{ status: string; attempts: number; lease_expires_at: Date | null }>('averbation-connector', 'SELECT status, attempts, lease_expires_at FROM averbation WHERE contract_id = $1', [contract.id])
      : [];
    lines.push(`proposal ${p.id} ${p.state}; contract ${contract ? `${contract.id} ${contract.status}` : '—'}; averbation ${averbation ? JSON.stringify(averbation) : '—'}`);
  }
  return [`${open.length} proposals not CONTRACTED`, ...lines];
}

/** Each service's unsent outbox rows, and its group's lag per topic. */
async function backlog(chaos: ChaosStack, brokers: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const service of SERVICES) {
    const [row] = await chaos.db.query<{ n: string; topics: string[] | null; err: string | null }>(service, `SELECT count(*) AS n, array_agg(DISTINCT topic) AS topics, max(last_error) AS err FROM outbox WHERE sent_at IS NULL`, []);
    if (Number(row.n) > 0) lines.push(`${service}: ${row.n} outbox rows unsent (${row.topics?.join(', ')}; ${row.err ?? 'no error'})`);
  }
  const admin = new Kafka({ clientId: 'chaos-diagnose', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${chaos.namespace}.consignado.`) && !t.includes('.dlq.'));
    for (const service of SERVICES) {
      const group = consumerGroupFor(service, chaos.namespace);
      for (const committed of await admin.fetchOffsets({ groupId: group, topics })) {
        const ends = await admin.fetchTopicOffsets(committed.topic);
        for (const p of committed.partitions) {
          const end = Number(ends.find((e) => e.partition === p.partition)?.high ?? 0);
          if (Number(p.offset) >= 0 && end > Number(p.offset)) lines.push(`${group} lags ${end - Number(p.offset)} on ${committed.topic}[${p.partition}]`);
        }
      }
    }
  } finally {
    await admin.disconnect();
  }
  return lines;
}

/** Printed when a chaos run does not settle, before its schema is dropped: what stopped where. */
export async function diagnose(chaos: ChaosStack, ids: readonly string[], brokers: string[]): Promise<void> {
  const { acceptor } = chaos;
  const acceptance = `acceptor: ${acceptor.accepted} accepted, ${acceptor.waiting} waiting${acceptor.lastRetry ? ` (last retry: ${acceptor.lastRetry})` : ''}${acceptor.failures.length ? `; ${acceptor.failures.length} refused: ${acceptor.failures[0]}` : ''}`;
  const lines = [...(await stuck(chaos, ids)), acceptance, ...(await backlog(chaos, brokers).catch((e: Error) => [`backlog unreadable: ${e.message}`]))];
  console.log(`chaos: diagnosis —\n  ${lines.join('\n  ')}`);
}
