#!/usr/bin/env node
// A local Prometheus for the stack (Debian package; installed when missing and we are root):
//
//   node infra/prometheus.mjs up [--port 9090] [--offset N]   scrape the stack (ports + N), evaluate alerts.yml
//   node infra/prometheus.mjs down [--port 9090]
//   node infra/prometheus.mjs check                          promtool: the config, and the alert rules' unit tests
//
// `npm start -- --prometheus` starts it beside the stack and stops it with the stack.
import { checkPrometheus, startPrometheus, stopPrometheus } from './lib/prometheus.mjs';
import { StackError } from './lib/proc.mjs';

const [action, ...rest] = process.argv.slice(2);
const option = (name, fallback) => (rest.includes(name) ? Number(rest[rest.indexOf(name) + 1]) : fallback);
const port = option('--port', Number(process.env.PROMETHEUS_PORT ?? 9090));

try {
  if (action === 'up') {
    const { url, already } = await startPrometheus({ port, offset: option('--offset', 0) });
    console.log(`Prometheus  ${url}  ${already ? 'already running' : 'started'} (alerts: ${url}/alerts)`);
  } else if (action === 'down') {
    await stopPrometheus({ port });
    console.log('Prometheus  stopped');
  } else if (action === 'check') {
    process.exitCode = checkPrometheus();
  } else {
    console.error('usage: node infra/prometheus.mjs up|down|check [--port P] [--offset N]');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof StackError ? error.message : error);
  process.exitCode = 1;
}
