#!/usr/bin/env node
// Broker control for tests (chaos tests above all): crash the native broker(s) and bring them back
// on the same log.dirs. Prints one JSON line with the outcome; exits 1 on failure.
//
//   node infra/kafka-control.mjs kill            SIGKILL the broker(s) started by infra/stack.mjs
//   node infra/kafka-control.mjs stop            SIGTERM them (SIGKILL after 30 s)
//   node infra/kafka-control.mjs start           start what does not run and wait until ready
//   node infra/kafka-control.mjs wait [--timeout MS]   wait until a kafkajs admin call succeeds
//   node infra/kafka-control.mjs status
//
// --brokers N (or KAFKA_BROKERS_COUNT): the N-node cluster; --node ID: kill, stop or start one node of it;
// --port P / --controller-port C: a cluster on other ports than KAFKA_PORT / KAFKA_CONTROLLER_PORT (a test's own).
import { FILES, loadConfig } from './lib/config.mjs';
import { waitForKafka } from './lib/kafka.mjs';
import { killKafka, kafkaStatus, startKafka, stopKafka } from './lib/kafka-process.mjs';
import { runJsonCommand, StackError, withLock } from './lib/proc.mjs';

async function main(argv) {
  const [action, ...rest] = argv;
  const option = (name) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
  if (option('--brokers')) process.env.KAFKA_BROKERS_COUNT = option('--brokers');
  // A test's own cluster: its ports, and clients pointed at them rather than at KAFKA_BROKERS.
  if (option('--port')) Object.assign(process.env, { KAFKA_PORT: option('--port'), KAFKA_BROKERS: '' });
  if (option('--controller-port')) process.env.KAFKA_CONTROLLER_PORT = option('--controller-port');
  const nodes = option('--node') ? [Number(option('--node'))] : undefined;
  const config = loadConfig();
  const t0 = Date.now();
  switch (action) {
    case 'kill':
      return { action, ...(await killKafka({ config, nodes })) };
    case 'stop':
      return { action, ...(await withLock(FILES.lock, () => stopKafka({ config, nodes }))) };
    case 'start': {
      const r = await withLock(FILES.lock, () => startKafka({ config, nodes }));
      return { action, started: r.started, pid: r.pid, pids: r.pids, external: r.external, clusterId: r.cluster?.clusterId, ms: r.ms };
    }
    case 'wait': {
      const timeoutMs = option('--timeout') ? Number(option('--timeout')) : config.kafka.readyTimeoutMs;
      const cluster = await waitForKafka({ brokers: config.kafka.brokers, timeoutMs });
      return { action, ready: true, clusterId: cluster.clusterId, ms: Date.now() - t0 };
    }
    case 'status':
      return { action, ...(await kafkaStatus(config)) };
    default:
      throw new StackError('usage: node infra/kafka-control.mjs kill|stop|start|wait [--timeout MS]|status [--brokers N] [--node ID] [--port P] [--controller-port C]');
  }
}

runJsonCommand(main(process.argv.slice(2)));
