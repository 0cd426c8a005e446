#!/usr/bin/env node
// The machine's PostgreSQL and Redis under faults, for chaos tests. Prints one JSON line with the
// outcome (how long the server was away); exits 1 on failure.
//
//   node infra/server-control.mjs postgres-restart   pg_ctlcluster restart -m immediate, until it answers
//   node infra/server-control.mjs redis-restart      SHUTDOWN NOSAVE, then redis-server again (nothing kept)
import { loadConfig } from './lib/config.mjs';
import { runJsonCommand, StackError } from './lib/proc.mjs';
import { restartPostgres } from './lib/postgres.mjs';
import { startRedis, stopRedis } from './lib/redis.mjs';

async function main([action]) {
  const config = loadConfig();
  const t0 = Date.now();
  switch (action) {
    case 'postgres-restart': {
      const cluster = await restartPostgres(config.postgres, { mode: 'immediate' });
      return { action, cluster: `${cluster.version}/${cluster.name}`, ms: Date.now() - t0 };
    }
    case 'redis-restart':
      await stopRedis(config.redis);
      await startRedis(config.redis);
      return { action, ms: Date.now() - t0 };
    default:
      throw new StackError('usage: node infra/server-control.mjs postgres-restart|redis-restart');
  }
}

runJsonCommand(main(process.argv.slice(2)));
