/**
 * The simulation API under load (`npm run infra:up` first): `npm run bench:simulation`
 * (BENCH_SECONDS per phase, default 10; BENCH_CONNECTIONS, default 32).
 *
 * Starts proposal alone as its own process (port +400, its own schema and Kafka namespace), takes
 * a CORBAN token from the local provider, and drives it with autocannon from this process: first
 * a bare health route (the HTTP stack's ceiling on this machine), then POST /v1/corban/simulations
 * for a 96-month INSS loan (price schedule, IOF, CET and the full table in every answer). Prints
 * requests/s, latency p50/p99, errors and the proposal process's CPU. BENCH_PROFILE=1 writes
 * proposal's V8 CPU profile into the run's log folder.
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

const SIMULATION = { product: 'INSS_CONSIGNADO', amount: '15000.00', termMonths: 96, birthDate: '1958-06-21' };

async function phase(label: string, request: autocannon.Options, pids: Map<number, string>): Promise<void> {
  const before: CpuSample = sampleCpu(pids);
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...request });
  const after = sampleCpu(pids);
  const failed = result.errors + result.timeouts + result.non2xx;
  console.log(`▶ ${label}: ${Math.round(result.requests.average).toLocaleString('en')} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${failed} failed of ${result.requests.total.toLocaleString('en')}`);
  console.log(`  CPU: ${cpuSplit(before, after, SECONDS)}`);
  if (failed > 0) throw new Error(`${failed} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts})`);
}

async function main(): Promise<void> {
  const endpoints = testEndpoints();
  const identity = StackIdentity.local(endpoints.oidcIssuer);
  await identity.ready();
  const { schema, logDir, launch } = isolatedStack('bench', 400);
  const stack = await launchStack({
    ...launch,
    nodeArgs: PROFILE ? { proposal: ['--cpu-prof', `--cpu-prof-dir=${join(logDir, 'profiles')}`] } : {},
    services: ['proposal'],
    // The bench measures the route, not the per-client rate limit (R-X-4), which it would hit at once.
    env: { proposal: { RATE_LIMIT_PER_CLIENT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' } },
  });
  const pids = new Map(Object.entries(stack.pids).map(([name, pid]) => [pid ?? 0, name]));
  try {
    const token = await identity.token({ client: 'corban-alpha' })();
    const url = stack.urls.proposal;
    console.log(`bench:simulation — proposal at ${url}, ${CONNECTIONS} connections, ${SECONDS} s per phase`);
    await autocannon({ url: `${url}/health/live`, connections: CONNECTIONS, duration: 2 }); // warm-up: JIT
    await phase('GET /health/live (the HTTP stack alone)', { url: `${url}/health/live` }, pids);
    await phase('POST /v1/corban/simulations, 96 months', {
      url: `${url}/v1/corban/simulations`,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(SIMULATION),
    }, pids);
  } finally {
    await stack.stop();
    await dropE2eSchema(schema);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
