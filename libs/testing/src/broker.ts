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

/**
 * Drives the local broker through infra/kafka-control.mjs, for chaos tests: `kill` is a SIGKILL
 * (a crash, same data dir kept), `start` restarts it and waits until it answers.
 * Affects every client of the shared broker while it is down.
 */
export async function brokerControl(action: 'kill' | 'start' | 'wait' | 'status'): Promise<Record<string, unknown>> {
  const root = repoRoot();
  const { stdout } = await run(process.execPath, [join(root, 'infra', 'kafka-control.mjs'), action], {
    cwd: root,
    timeout: 180_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
}
