// Redis of the machine: reachability, and starting/stopping a local redis-server that keeps
// nothing on disk (as the machine's own one is started).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { loadConfig, RUN_DIR } from './config.mjs';
import { sleep, StackError } from './proc.mjs';

function client(redis) {
  return new Redis(redis.url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
}

/** The answer to PING, or undefined when Redis does not answer. */
export async function pingRedis(redis = loadConfig().redis) {
  const c = client(redis);
  c.on('error', () => undefined);
  try {
    await c.connect();
    return await c.ping();
  } catch {
    return undefined;
  } finally {
    c.disconnect();
  }
}

export const isRedisUp = async (redis = loadConfig().redis) => (await pingRedis(redis)) === 'PONG';

const writable = (dir) => {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Starts redis-server on the configured port (daemonized, no persistence) and waits for PONG. */
export async function startRedis(redis = loadConfig().redis) {
  if (!redis.local) throw new StackError(`Redis at ${redis.url} is not reachable, and it is not local: cannot start it.`);
  // The machine's own places when they exist, else infra/.run.
  const dir = writable('/var/lib/redis') ? '/var/lib/redis' : join(RUN_DIR, 'redis');
  const logfile = writable('/var/log/redis') ? '/var/log/redis/ci.log' : join(RUN_DIR, 'redis.log');
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const args = ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', String(redis.port), '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', logfile];
  const r = spawnSync('redis-server', args, { encoding: 'utf8' });
  if (r.error) throw new StackError(`redis-server not found (${r.error.code}): install Redis 7 (Debian: apt-get install redis-server) or point REDIS_URL at a running server.`);
  if (r.status !== 0) throw new StackError(`redis-server failed to start (exit ${r.status}): ${(r.stderr || r.stdout).trim()}; see ${logfile}`);
  const deadline = Date.now() + 15_000;
  while (!(await isRedisUp(redis))) {
    if (Date.now() > deadline) throw new StackError(`redis-server started but does not answer PING at ${redis.url}; see ${logfile}`);
    await sleep(200);
  }
}

/** SHUTDOWN NOSAVE: it keeps nothing on disk anyway. */
export async function stopRedis(redis = loadConfig().redis) {
  const c = client(redis);
  c.on('error', () => undefined);
  try {
    await c.connect();
    await c.call('SHUTDOWN', 'NOSAVE').catch(() => undefined); // the connection closes under the reply
  } finally {
    c.disconnect();
  }
  const deadline = Date.now() + 10_000;
  while (await isRedisUp(redis)) {
    if (Date.now() > deadline) throw new StackError(`Redis at ${redis.url} still answers after SHUTDOWN`);
    await sleep(200);
  }
}
