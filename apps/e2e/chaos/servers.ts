import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');

/** What infra/server-control.mjs reports: how long the server was away. */
export interface ServerRestart {
  action: string;
  ms: number;
}

/**
 * Restarts one of the machine's servers through infra/server-control.mjs: PostgreSQL in immediate
 * mode (every backend killed, crash recovery) or Redis (nothing kept). Cuts every client on the
 * machine, not only the chaos stack's.
 */
export async function restartServer(server: 'postgres' | 'redis'): Promise<ServerRestart> {
  const { stdout } = await run(process.execPath, [join(ROOT, 'infra', 'server-control.mjs'), `${server}-restart`], { cwd: ROOT, timeout: 120_000 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ServerRestart;
}
