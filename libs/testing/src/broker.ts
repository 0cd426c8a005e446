import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root: the nearest folder above this file holding nx.json. */
function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root (nx.json) not found');
    dir = parent;
  }
  return dir;
}

/** Which broker(s) {@link brokerControl} drives: by default the single broker of `infra/stack.mjs up`. */
export interface BrokerControlOptions {
  /** A KRaft cluster of this many nodes (`--brokers N`). */
  brokers?: number;
  /** One node of the cluster (1-based): kill, stop or start only that one. */
  node?: number;
  /** The cluster's first client and controller ports (node i adds 2 × (i − 1)): a test's own cluster. */
  port?: number;
  controllerPort?: number;
}

/**
 * Drives the local broker through infra/kafka-control.mjs, for chaos tests: `kill` is a SIGKILL
 * (a crash, same data dir kept), `start` restarts it and waits until it answers, `stop` ends it.
 * Affects every client of the shared broker while it is down, unless `options` name a cluster of its own.
 */
export async function brokerControl(action: 'kill' | 'start' | 'stop' | 'wait' | 'status', options: BrokerControlOptions = {}): Promise<Record<string, unknown>> {
  const root = repoRoot();
  const flags: Array<[string, number | undefined]> = [
    ['--brokers', options.brokers],
    ['--node', options.node],
    ['--port', options.port],
    ['--controller-port', options.controllerPort],
  ];
  const args = flags.flatMap(([flag, value]) => (value === undefined ? [] : [flag, String(value)]));
  const { stdout } = await run(process.execPath, [join(root, 'infra', 'kafka-control.mjs'), action, ...args], {
    cwd: root,
    timeout: 180_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}
