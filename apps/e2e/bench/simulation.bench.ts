/**
 * The simulation API under load (`npm run infra:up` first): `npm run bench:simulation`
 * (BENCH_SECONDS per phase, default 10; BENCH_CONNECTIONS, default 32).
 *
 * Starts proposal alone as its own process (port +400, its own schema and Kafka namespace), takes
 * a CORBAN token from the local provider, and drives it with autocannon from this process: first
 * a bare health route (the HTTP stack's ceiling on this machine), then POST /v1/corban/simulations
 * for a 96-month INSS loan (price schedule, IOF, CET and the full table in every answer). Prints
 * requests/s, latency p50/p90/p99, errors, the CPU of proposal (its workers included) and what
 * its /metrics counted. It does so once per HTTP_WORKERS setting in BENCH_WORKERS (default 1,2).
 * BENCH_PROFILE=1 writes proposal's V8 CPU profile into the run's log folder.
 */
import { join } from 'node:path';
import autocannon from 'autocannon';
import { launchStack, StackIdentity } from '@consignado/stack-runner';
import { testEndpoints } from '@consignado/testing';
import { isolatedStack } from '../src/support/isolated-stack';
import { dropE2eSchema } from '../src/support/teardown';
import { type CpuSample, cpuSplit, sampleCpu } from './cpu';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 32);

/** BENCH_PROFILE=1: proposal writes a V8 CPU profile (`.cpuprofile`) into the run's log folder on exit. */
const PROFILE = process.env['BENCH_PROFILE'] === '1';

/** BENCH_WORKERS (default "1,2"): the HTTP_WORKERS settings to run the phases with, one stack each. */
const WORKERS = (process.env['BENCH_WORKERS'] ?? '1,2').split(',').map(Number);

const SIMULATION = { product: 'INSS_CONSIGNADO', amount: '15000.00', termMonths: 96, birthDate: '1958-06-21' };

/** One autocannon phase; returns how many requests were answered. */
async function phase(label: string, request: autocannon.Options, pids: Map<number, string>): Promise<number> {
  const before: CpuSample = sampleCpu(pids);
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...request });
  const after = sampleCpu(pids);
  const failed = result.errors + result.timeouts + result.non2xx;
  const { p50, p90, p99 } = result.latency;
  console.log(`▶ ${label}: ${Math.round(result.requests.average).toLocaleString('en')} req/s, p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, ${failed} failed of ${result.requests.total.toLocaleString('en')}`);
  console.log(`  CPU: ${cpuSplit(before, after, SECONDS)}`);
  if (failed > 0) throw new Error(`${failed} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`);
  return result.requests.total;
}

/** Simulations the service's /metrics counted, whichever worker answers the scrape. */
async function countedSimulations(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const lines = text.split('\n').filter((l) => l.startsWith('http_request_duration_seconds_count{') && l.includes('route="/v1/:channel/simulations"'));
  return lines.reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

/** Proposal with `workers` HTTP workers (HTTP_WORKERS): the bare route, then the simulation. */
async function run(identity: StackIdentity, workers: number): Promise<void> {
  const { schema, logDir, launch } = isolatedStack('bench', 400);
  const stack = await launchStack({
    ...launch,
    nodeArgs: PROFILE ? { proposal: ['--cpu-prof', `--cpu-prof-dir=${join(logDir, 'profiles')}`] } : {},
    services: ['proposal'],
    // The bench measures the route, not the per-client rate limit (R-X-4), which it would hit at once.
    env: { proposal: { RATE_LIMIT_PER_CLIENT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn', HTTP_WORKERS: String(workers) } },
  });
  const pids = new Map(Object.entries(stack.pids).map(([name, pid]) => [pid ?? 0, name]));
  try {
    const token = await identity.token({ client: 'corban-alpha' })();
    const url = stack.urls.proposal;
    console.log(`\nproposal at ${url} with HTTP_WORKERS=${workers}, ${CONNECTIONS} connections, ${SECONDS} s per phase`);
    await autocannon({ url: `${url}/health/live`, connections: CONNECTIONS, duration: 2 }); // warm-up: JIT
    await phase('GET /health/live (the HTTP stack alone)', { url: `${url}/health/live` }, pids);
    const sent = await phase('POST /v1/corban/simulations, 96 months', {
      url: `${url}/v1/corban/simulations`,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(SIMULATION),
    }, pids);
    // At least the answered ones: autocannon leaves out those in flight when its time is up.
    console.log(`  /metrics counted ${(await countedSimulations(url)).toLocaleString('en')} simulations, ${sent.toLocaleString('en')} answered in time (every worker's)`);
  } finally {
    await stack.stop();
    await dropE2eSchema(schema);
  }
}

async function main(): Promise<void> {
  const identity = StackIdentity.local(testEndpoints().oidcIssuer);
  await identity.ready();
  console.log('bench:simulation — proposal alone, driven by autocannon from this process');
  for (const workers of WORKERS) await run(identity, workers);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
