import { Client } from 'pg';
import type { Admin } from 'kafkajs';
import { consumerGroupFor, eventsConsumedBy, namespacedTopicFor, SERVICES } from '@consignado/contracts';
import { STACK_SERVICES } from '@consignado/stack-runner';
import { testEndpoints, waitFor } from '@consignado/testing';

/** Rows per table, `<service>.<table>`, of every database of the stack, in the run's schema. */
export async function rowCounts(schema: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const service of STACK_SERVICES) {
    if (!('database' in service)) continue;
    const url = new URL(testEndpoints().databaseUrl);
    url.pathname = `/${service.database}`;
    const pg = new Client({ connectionString: url.toString() });
    await pg.connect();
    try {
      const { rows: tables } = await pg.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`, [schema]);
      if (tables.length === 0) continue;
      const sql = tables.map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM "${schema}"."${t.name}"`).join(' UNION ALL ');
      for (const row of (await pg.query<{ name: string; n: number }>(sql)).rows) counts[`${service.name}.${row.name}`] = row.n;
    } finally {
      await pg.end();
    }
  }
  return counts;
}

/** End offset of every partition (`topic/partition`) of the namespace's topics and dead-letter topics. */
export async function topicEnds(admin: Admin, namespace: string): Promise<Record<string, number>> {
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`) || t.startsWith(`consignado.dlq.${namespace}.`));
  const ends: Record<string, number> = {};
  for (const topic of topics.sort()) for (const p of await admin.fetchTopicOffsets(topic)) ends[`${topic}/${p.partition}`] = Number(p.high);
  return ends;
}

/** Committed offset of each service's group on every partition it reads (`topic/partition`; -1: none yet). */
export async function committed(admin: Admin, namespace: string): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const service of SERVICES) {
    const topics = eventsConsumedBy(service).map((t) => namespacedTopicFor(t, namespace));
    const answer = await admin.fetchOffsets({ groupId: consumerGroupFor(service, namespace), topics });
    out[service] = Object.fromEntries(answer.flatMap((t) => t.partitions.map((p) => [`${t.topic}/${p.partition}`, Number(p.offset)])));
  }
  return out;
}

/** Keys whose values differ, with [before, after]. */
export function changes<V>(before: Record<string, V>, after: Record<string, V>): Record<string, [V | undefined, V | undefined]> {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries([...keys].filter((k) => before[k] !== after[k]).map((k) => [k, [before[k], after[k]]]));
}

export interface StackState {
  rows: Record<string, number>;
  ends: Record<string, number>;
}

/**
 * Waits until the stack is idle — every group has committed the end of every partition it reads
 * and two snapshots a second apart agree — and returns that snapshot: journeys of earlier suites
 * still relaying, consuming or delivering would otherwise count as the corpus' writes.
 */
export async function quietState(admin: Admin, namespace: string, schema: string, timeoutMs = 60_000): Promise<StackState> {
  let last: StackState | undefined;
  return waitFor(async () => {
    const state = { rows: await rowCounts(schema), ends: await topicEnds(admin, namespace) };
    const groups = await committed(admin, namespace);
    const lagging = Object.values(groups).some((parts) => Object.entries(parts).some(([tp, offset]) => (state.ends[tp] ?? 0) > Math.max(offset, 0)));
    const stable = last !== undefined && Object.keys(changes(last.rows, state.rows)).length === 0 && Object.keys(changes(last.ends, state.ends)).length === 0;
    last = state;
    return !lagging && stable ? state : undefined;
  }, { timeoutMs, intervalMs: 1_000, description: 'the stack to be idle (groups caught up, counts stable)' });
}
