// `npm start`: the stack's main job. Installs what is missing, brings up Kafka/PostgreSQL/Redis and
// the local identity provider (port 9400: every call of the demo carries one of its tokens), starts
// the eleven processes, walks sample proposals through every channel (each approved contract's CCB
// read and accepted, R-LN-9) and the contract life cycle,
// collects one contract to SETTLED and keeps serving until Ctrl-C, then stops everything it started.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled, root, run } from './lib.mjs';

ensureInstalled();
// `--brokers 3`: Kafka as a 3-node KRaft cluster (replication factor 3, min ISR 2); stack.mjs reads
// the count from KAFKA_BROKERS_COUNT, the demo's services get every node in KAFKA_BROKERS.
const brokersAt = process.argv.indexOf('--brokers');
if (brokersAt > 1) process.env.KAFKA_BROKERS_COUNT = process.argv.splice(brokersAt, 2)[1] ?? '';
if (process.env.KAFKA_BROKERS_COUNT) process.env.KAFKA_BROKERS ||= (await import('../infra/lib/config.mjs')).loadConfig().kafka.brokers.join(',');
const state = join(root, 'infra', '.run', `start-${process.pid}.json`);
if (run('node', ['infra/stack.mjs', 'up', '--state', state]) !== 0) {
  console.error('the local stack did not come up (see above)');
  process.exit(1);
}
// `--prometheus`: a local Prometheus scraping the services, with the alert rules (port 9090).
const args = process.argv.slice(2);
const prometheus = args.includes('--prometheus');
if (prometheus && run('node', ['infra/prometheus.mjs', 'up']) !== 0) console.error('Prometheus did not start (see above); going on without it');

// Ctrl-C reaches the demo too (same process group); it stops the services, then we stop the stack.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => demo.kill('SIGTERM'));
const demo = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/demo/main.ts', ...args.filter((a) => a !== '--prometheus')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
});
demo.on('exit', (code) => {
  if (prometheus) run('node', ['infra/prometheus.mjs', 'down']);
  run('node', ['infra/stack.mjs', 'down', '--state', state]);
  process.exit(code ?? 0);
});
