// PostgreSQL of the machine: reachability, starting/stopping the local Debian cluster, and the
// platform's databases (infra/databases.json).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from './config.mjs';
import { sleep, StackError } from './proc.mjs';

const PG_ETC = '/etc/postgresql';

async function withClient(url, fn, timeoutMs = 3000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** True when `SELECT 1` answers on the maintenance database. */
export async function isPostgresUp(postgres = loadConfig().postgres) {
  try {
    await withClient(postgres.adminUrl, (c) => c.query('SELECT 1'), 2000);
    return true;
  } catch {
    return false;
  }
}

/** The Debian cluster (version, name) whose configured port is `port`, if any. */
function localCluster(port) {
  if (!existsSync(PG_ETC)) return undefined;
  const clusters = [];
  for (const version of readdirSync(PG_ETC)) {
    const dir = join(PG_ETC, version);
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const conf = join(dir, name, 'postgresql.conf');
      if (!existsSync(conf)) continue;
      const m = /^\s*port\s*=\s*(\d+)/m.exec(readFileSync(conf, 'utf8'));
      clusters.push({ version, name, port: m ? Number(m[1]) : 5432 });
    }
  }
  return clusters.find((c) => c.port === port);
}

function pgCtlCluster(action, cluster, extra = []) {
  const r = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster.version, cluster.name, action, ...extra], { encoding: 'utf8' });
  if (r.error) throw new StackError(`pg_ctlcluster not found (${r.error.code}); start PostgreSQL yourself or set DATABASE_URL to a running server.`);
  if (r.status !== 0) throw new StackError(`pg_ctlcluster ${cluster.version} ${cluster.name} ${action} failed (exit ${r.status}): ${(r.stderr || r.stdout).trim()}`);
}

/** Waits until the server answers `SELECT 1`, or throws after `timeoutMs`. */
async function untilUp(postgres, cluster, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await isPostgresUp(postgres))) {
    if (Date.now() > deadline) throw new StackError(`PostgreSQL ${cluster.version}/${cluster.name} started but does not answer at ${postgres.url}`);
    await sleep(250);
  }
}

/** Starts the machine's cluster on the configured port and waits until it answers. */
export async function startPostgres(postgres = loadConfig().postgres) {
  if (!postgres.local) throw new StackError(`PostgreSQL at ${postgres.url} is not reachable, and it is not local: cannot start it.`);
  const cluster = localCluster(postgres.port);
  if (!cluster) {
    throw new StackError(
      `PostgreSQL is not reachable at ${postgres.url} and no local cluster on port ${postgres.port} was found under ${PG_ETC}. ` +
        'Install/start PostgreSQL 15 (Debian: apt-get install postgresql) or point DATABASE_URL at a running server.',
    );
  }
  pgCtlCluster('start', cluster);
  await untilUp(postgres, cluster);
  return cluster;
}

/**
 * Restarts the machine's cluster in `immediate` mode by default — every backend killed, no
 * checkpoint, crash recovery on start: what a server crash does to its clients (chaos tests) —
 * and waits until it answers again. Every connection on the machine is cut.
 */
export async function restartPostgres(postgres = loadConfig().postgres, { mode = 'immediate' } = {}) {
  const cluster = localCluster(postgres.port);
  if (!cluster) throw new StackError(`no local PostgreSQL cluster on port ${postgres.port} to restart`);
  pgCtlCluster('restart', cluster, ['-m', mode]);
  await untilUp(postgres, cluster);
  return cluster;
}

export async function stopPostgres(postgres = loadConfig().postgres) {
  const cluster = localCluster(postgres.port);
  if (!cluster) throw new StackError(`no local PostgreSQL cluster on port ${postgres.port} to stop`);
  pgCtlCluster('stop', cluster);
}

/** Names among `names` that exist on the server. */
export async function existingDatabases(names, postgres = loadConfig().postgres) {
  return withClient(postgres.adminUrl, async (c) => {
    const { rows } = await c.query('SELECT datname FROM pg_database WHERE datname = ANY($1::text[])', [names]);
    return rows.map((r) => r.datname);
  });
}

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/** Creates the databases of the list that are missing; resolves with the names it created. */
export async function ensureDatabases(postgres = loadConfig().postgres) {
  const present = new Set(await existingDatabases(postgres.databases, postgres));
  const created = [];
  await withClient(postgres.adminUrl, async (c) => {
    for (const name of postgres.databases.filter((d) => !present.has(d))) {
      try {
        await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
        created.push(name);
      } catch (err) {
        if (err.code !== '42P04') throw err; // duplicate_database: created meanwhile by another run
      }
    }
  });
  return created;
}

/** Drops every database named consignado_* (the list's and any a test created); returns their names. */
export async function dropPlatformDatabases(postgres = loadConfig().postgres) {
  return withClient(postgres.adminUrl, async (c) => {
    const { rows } = await c.query("SELECT datname FROM pg_database WHERE datname LIKE 'consignado\\_%'");
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    return rows.map((r) => r.datname);
  });
}
