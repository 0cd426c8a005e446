#!/usr/bin/env node
// Broker control for tests (chaos tests above all): crash the native broker and bring it back on
// the same log.dirs. Prints one JSON line with the outcome; exits 1 on failure.
//
//   node infra/kafka-control.mjs kill            SIGKILL the broker started by infra/stack.mjs
//   node infra/kafka-control.mjs stop            SIGTERM it (SIGKILL after 30 s)
//   node infra/kafka-control.mjs start           start it (if not answering) and wait until ready
//   node infra/kafka-control.mjs wait [--timeout MS]   wait until a kafkajs admin call succeeds
//   node infra/kafka-control.mjs status
import { FILES, loadConfig } from './lib/config.mjs';
import { killKafka, kafkaStatus, startKafka, stopKafka, waitForKafka } from './lib/kafka.mjs';
import { StackError, withLock } from './lib/proc.mjs';

async function main(argv) {
  const [action, ...rest] = argv;
  const config = loadConfig();
  const t0 = Date.now();
  switch (action) {
    case 'kill':
      return { action, ...(await killKafka({ config })) };
    case 'stop':
      return { action, ...(await withLock(FILES.lock, () => stopKafka({ config }))) };
    case 'start': {
      const r = await withLock(FILES.lock, () => startKafka({ config }));
      return { action, started: r.started, pid: r.pid, external: r.external, clusterId: r.cluster?.clusterId, ms: r.ms };
    }
    case 'wait': {
      const i = rest.indexOf('--timeout');
      const timeoutMs = i >= 0 ? Number(rest[i + 1]) : config.kafka.readyTimeoutMs;
      const cluster = await waitForKafka({ brokers: config.kafka.brokers, timeoutMs });
      return { action, ready: true, clusterId: cluster.clusterId, ms: Date.now() - t0 };
    }
    case 'status':
      return { action, ...(await kafkaStatus(config)) };
    default:
      throw new StackError('usage: node infra/kafka-control.mjs kill|stop|start|wait [--timeout MS]|status');
  }
}

main(process.argv.slice(2)).then(
  (result) => {
    console.log(JSON.stringify(result));
    process.exit(0);
  },
  (err) => {
    console.error(`✖ ${err instanceof StackError ? err.message : err.stack}`);
    process.exit(1);
  },
);
