import { join } from 'node:path';
import { type ChannelClient, launchStack, type RunningStack, STACK_SERVICES, StackIdentity, type StackServiceName } from '@consignado/stack-runner';
import { testEndpoints } from '@consignado/testing';
import { isolatedStack } from '../src/support/isolated-stack';
import { setDataprevChaos } from '../src/support/dataprev-chaos';
import { dropE2eSchema } from '../src/support/teardown';
import { Acceptor } from './acceptance';
import { type CpuSample, cpuPerProposal, cpuSplit, sampleCpu } from './cpu';
import { type Outcome, StackDatabases } from './databases';
import { submitMany, submitSerially } from './intake';
import { ms, pause, percentile, rate } from './stats';

/** BENCH_SERIAL / BENCH_LOAD / BENCH_SLOW proposals, BENCH_CLIENTS concurrent channel clients (defaults: the issue's). */
function setting(name: string, fallback: number): number {
  const raw = process.env[name];
  return raw ? Number(raw) : fallback;
}

interface Bench {
  stack: RunningStack;
  db: StackDatabases;
  channels: ChannelClient[];
  /** The load's customers: each issued contract's CCB read and accepted (R-LN-9) as soon as it is issued. */
  acceptor: Acceptor;
  pids: Map<number, string>;
}

const setDataprevLatency = (stack: RunningStack, latencyMinMs: number, latencyMaxMs: number) =>
  setDataprevChaos(stack.urls['dataprev-mock'], { latencyMinMs, latencyMaxMs, failureRate: 0 });

function report(label: string, outcomes: Outcome[]): void {
  const contracted = outcomes.filter((o) => o.state === 'CONTRACTED');
  const others = outcomes.length - contracted.length;
  const latencies = contracted.map((o) => o.latencyMs);
  console.log(
    `  ${label}: ${contracted.length} CONTRACTED${others ? `, ${others} in another final state` : ''}; submission → CONTRACTED (the customer's acceptance included) p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}`,
  );
}

/** The acceptances of a run: how many, and how long the customer's part took (view, CCB from loan, hash check, POST acceptance). */
function reportAcceptances(b: Bench): void {
  const { accepted, latenciesMs } = b.acceptor.take();
  console.log(
    `  acceptance (part of every journey above, R-LN-9): ${accepted} contracts accepted — proposal view + CCB from loan + SHA-256 check + POST acceptance p50 ${ms(percentile(latenciesMs, 50))}, p99 ${ms(percentile(latenciesMs, 99))}; ` +
      `APPROVED proposals looked up every ${b.acceptor.intervalMs} ms, so up to ${b.acceptor.intervalMs} ms of each journey is the acceptor noticing its contract was issued`,
  );
  if (b.acceptor.failures.length > 0) console.log(`  acceptance FAILED for ${b.acceptor.failures.length}: ${b.acceptor.failures[0]}`);
}

async function unloaded(b: Bench, count: number): Promise<void> {
  console.log(`\n▶ unloaded — ${count} proposals one at a time, Dataprev latency 0`);
  await setDataprevLatency(b.stack, 0, 0);
  b.acceptor.take();
  const ids = await submitSerially(b.acceptor, b.channels[0], count, (id) => b.db.untilFinal([id], 60_000, 10));
  const outcomes = await b.db.outcomes(ids);
  report('one at a time', outcomes);
  reportAcceptances(b);
  await printHops(b, ids);
}

/** The p50 waterfall over (a sample of) `ids`: each event's written → published → consumed, ms after the proposal's creation. */
async function printHops(b: Bench, ids: readonly string[]): Promise<void> {
  const sample = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / 40)) === 0);
  const rows = new Map<string, { written: number[]; sent: number[]; consumed: Map<string, number[]> }>();
  for (const id of sample) {
    for (const hop of await b.db.hops(id)) {
      const key = `${hop.eventType} ${hop.service}`;
      const row = rows.get(key) ?? { written: [], sent: [], consumed: new Map<string, number[]>() };
      row.written.push(hop.writtenMs);
      row.sent.push(hop.sentMs);
      for (const c of hop.consumed) row.consumed.set(c.consumer, [...(row.consumed.get(c.consumer) ?? []), c.ms]);
      rows.set(key, row);
    }
  }
  console.log(`  where the time goes (p50 over ${sample.length} proposals, ms after creation: written by → published → consumed by each group):`);
  const p50 = (values: number[]) => String(Math.round(percentile(values, 50))).padStart(6);
  const ordered = [...rows.entries()].sort((x, y) => percentile(x[1].written, 50) - percentile(y[1].written, 50));
  for (const [key, row] of ordered) {
    const consumed = [...row.consumed.entries()].map(([group, values]) => `${group.slice(group.lastIndexOf('.') + 1)} ${p50(values).trim()}`).join(', ');
    console.log(`    ${key.padEnd(56)} ${p50(row.written)} → ${p50(row.sent)} → ${consumed || '—'}`);
  }
}

/** Runs a sustained load (each contract accepted by the acceptor as its customer would); returns its proposals to CONTRACTED per second. */
async function loaded(b: Bench, label: string, count: number, clients: number, latency: [number, number]): Promise<number> {
  console.log(`\n▶ ${label} — ${count} proposals from ${clients} concurrent clients, Dataprev latency ${latency[0]}–${latency[1]} ms`);
  await setDataprevLatency(b.stack, ...latency);
  const cpuBefore: CpuSample = sampleCpu(b.pids);
  const txBefore = await b.db.transactions();
  b.acceptor.take();
  const lookupsBefore = b.acceptor.lookups;
  const started = performance.now();
  const intake = await submitMany(b, count, clients);
  await b.db.untilFinal(intake.ids, 900_000, 200);
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = sampleCpu(b.pids);
  await pause(1_500); // PostgreSQL's statistics catch up within a second
  const txAfter = await b.db.transactions();
  // The acceptor's lookups of APPROVED proposals are the bench's, not the journey's: left out of proposal's count.
  const lookups = b.acceptor.lookups - lookupsBefore;
  txAfter.set('proposal', (txAfter.get('proposal') ?? 0) - lookups);
  const outcomes = await b.db.outcomes(intake.ids);
  const contracted = outcomes.filter((o) => o.state === 'CONTRACTED').length;
  console.log(`  throughput: ${rate(contracted, seconds)} proposals to CONTRACTED, each accepted by its customer on the way (${contracted} in ${seconds.toFixed(1)} s)`);
  report('under load', outcomes);
  reportAcceptances(b);
  console.log(`  intake: ${intake.requests} POSTs (customer + proposal) in ${intake.seconds.toFixed(1)} s = ${rate(intake.requests, intake.seconds)}; POST p50 ${ms(percentile(intake.requestLatenciesMs, 50))}, p99 ${ms(percentile(intake.requestLatenciesMs, 99))}`);
  console.log(`  CPU: ${cpuSplit(cpuBefore, cpuAfter, seconds)}`);
  console.log(`  CPU per proposal: ${cpuPerProposal(cpuBefore, cpuAfter, count)}`);
  const tx = [...txAfter.entries()].map(([service, n]) => [service, (n - (txBefore.get(service) ?? 0)) / count] as const);
  console.log(`  database transactions per proposal (the acceptance's included; the acceptor's ${lookups} lookups left out): ${tx.map(([service, n]) => `${service} ${n.toFixed(1)}`).join(' · ')}`);
  await printHops(b, intake.ids);
  return contracted / seconds;
}

const HOT: readonly StackServiceName[] = ['proposal', 'credit-analysis', 'loan', 'averbation-connector', 'payment'];

/**
 * BENCH_INSTANCES=N (default 2; 1 skips): N instances of each hot service — same database,
 * consumer group and Redis; the intake alternates between proposal's — then the instant load
 * again, and the gain over one instance.
 */
async function scaledOut(b: Bench, identity: StackIdentity, oneInstance: number, count: number, clients: number): Promise<void> {
  const n = setting('BENCH_INSTANCES', 2);
  if (n < 2) return;
  for (let i = 2; i <= n; i += 1) {
    for (const service of HOT) {
      const added = await b.stack.addInstance(service);
      b.pids.set(added.pid, `${service}#${i}`);
      if (service === 'proposal') b.channels.push(identity.channel({ ...b.stack.urls, proposal: added.url }, 'corban'), identity.channel({ ...b.stack.urls, proposal: added.url }, 'internal'));
    }
  }
  await submitSerially(b.acceptor, b.channels[b.channels.length - 1], 3, (id) => b.db.untilFinal([id], 60_000, 20)); // the new instances warm up
  const scaled = await loaded(b, `${n} instances of ${HOT.join(', ')}`, count, clients, [0, 0]);
  console.log(`  scale-out: ${scaled.toFixed(1)}/s with ${n} instances against ${oneInstance.toFixed(1)}/s with one (${(((scaled - oneInstance) / oneInstance) * 100).toFixed(0)}%)`);
}

/** BENCH_PROFILE=proposal,loan: those services write V8 CPU profiles (`.cpuprofile`, for Chrome DevTools or speedscope) into the run's log folder on exit. */
function profiled(logDir: string): Set<string> {
  const names = new Set((process.env.BENCH_PROFILE ?? '').split(',').filter(Boolean));
  if (names.size > 0) console.log(`  CPU profiles of ${[...names].join(', ')} in ${join(logDir, 'profiles')}`);
  return names;
}

function profilerArgs(logDir: string): Partial<Record<StackServiceName, string[]>> {
  return Object.fromEntries([...profiled(logDir)].map((name) => [name, ['--cpu-prof', `--cpu-prof-dir=${join(logDir, 'profiles')}`]]));
}

function benchEnv(namespace: string): Partial<Record<StackServiceName, Record<string, string>>> {
  // The bench measures the flow, not the per-client rate limit (R-X-4), which it would hit at once.
  const unlimited = { RATE_LIMIT_PER_CLIENT_PER_MINUTE: '1000000' };
  const env: Partial<Record<StackServiceName, Record<string, string>>> = {};
  for (const service of STACK_SERVICES) env[service.name] = { ...unlimited };
  Object.assign(env['dataprev-mock'] ?? {}, { DATAPREV_LATENCY_MIN_MS: '0', DATAPREV_LATENCY_MAX_MS: '0', DATAPREV_FAILURE_RATE: '0' });
  Object.assign(env['averbation-connector'] ?? {}, { REDIS_KEY_PREFIX: namespace });
  return env;
}

/** `npm run bench:e2e`: the nine processes on ports +400 in their own namespace and schema, driven through the channel APIs. */
export async function main(): Promise<void> {
  const endpoints = testEndpoints();
  const identity = StackIdentity.local(endpoints.oidcIssuer);
  await identity.ready();
  const { namespace, schema, logDir, launch } = isolatedStack('bench', 400);
  console.log(`bench:e2e — starting the stack (namespace ${namespace}, schema ${schema}); logs in tmp/bench-logs/${namespace}`);
  const stack = await launchStack({
    ...launch,
    env: benchEnv(namespace),
    nodeArgs: profilerArgs(logDir),
    readyTimeoutMs: 150_000,
  });
  const db = new StackDatabases(endpoints.databaseUrl, schema);
  const acceptor = new Acceptor(db);
  const b: Bench = {
    stack,
    db,
    channels: [identity.channel(stack.urls, 'corban'), identity.channel(stack.urls, 'internal')],
    acceptor,
    pids: new Map(Object.entries(stack.pids).map(([name, pid]) => [pid, name])),
  };
  try {
    await submitSerially(acceptor, b.channels[0], 5, (id) => db.untilFinal([id], 60_000, 20)); // warm-up: JIT, pools, group joins
    await unloaded(b, setting('BENCH_SERIAL', 30));
    const oneInstance = await loaded(b, 'sustained, Dataprev instant', setting('BENCH_LOAD', 400), setting('BENCH_CLIENTS', 16), [0, 0]);
    const slow = setting('BENCH_SLOW', 200);
    if (slow > 0) await loaded(b, 'sustained, Dataprev slow', slow, setting('BENCH_CLIENTS', 16), [2_000, 10_000]);
    await scaledOut(b, identity, oneInstance, setting('BENCH_LOAD', 400), setting('BENCH_CLIENTS', 16));
  } finally {
    await acceptor.stop();
    await stack.stop();
    await db.close();
    await dropE2eSchema(schema);
  }
}
