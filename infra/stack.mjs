#!/usr/bin/env node
// The local stack without Docker: Kafka (KRaft, official jars), PostgreSQL and Redis of the machine,
// the platform's databases and topics, and the local identity provider (apps/identity). `node infra/stack.mjs help` lists the commands; see
// infra/README.md.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { FILES, loadConfig, readTopics, REPO_DIR } from './lib/config.mjs';
import { ensureTopics, parseProperties, probeKafka, renderServerProperties, waitForKafka } from './lib/kafka.mjs';
import { kafkaStatus, managedNodes, startKafka, stopKafka } from './lib/kafka-process.mjs';
import { identitySettings, identityStatus, startIdentity, stopIdentity } from './lib/identity.mjs';
import { dropPlatformDatabases, ensureDatabases, existingDatabases, isPostgresUp, startPostgres, stopPostgres } from './lib/postgres.mjs';
import { isRedisUp, startRedis, stopRedis } from './lib/redis.mjs';
import { StackError, withLock } from './lib/proc.mjs';

const USAGE = `usage: node infra/stack.mjs <command> [options]

  up [--brokers N] [--state FILE]
                         start what is not running (Kafka, the identity provider, and
                         PostgreSQL/Redis if down), create the databases and topics; FILE records
                         what this run started. --brokers 3: Kafka as a 3-node KRaft cluster
                         (replication factor 3, min ISR 2; ports 9092/9094/9096)
  down [--brokers N] [--state FILE]
                         with FILE: stop only what FILE says was started (every broker it
                         started), then delete FILE; without: stop the Kafka broker(s) and the
                         identity provider started by this script (PostgreSQL and Redis belong to
                         the machine and are left alone)
  status [--brokers N]   what is up (exit 1 when something is down)
  reset [--databases] [--brokers N] [--state FILE]
                         down, then delete the brokers' data (infra/.run/kafka-data, or the
                         cluster's node-*/data); with --databases also drop every consignado_*
                         database
  topics                 create the topics of infra/topics.json on KAFKA_BROKERS (waits for Kafka)
  config                 print the resolved configuration as JSON

environment: KAFKA_BROKERS, KAFKA_BROKERS_COUNT (= --brokers), KAFKA_PORT, KAFKA_CONTROLLER_PORT, DATABASE_URL, REDIS_URL,
             KAFKA_HEAP_OPTS, KAFKA_READY_TIMEOUT_MS, IDENTITY_PORT, IDENTITY_READY_TIMEOUT_MS
             (see infra/README.md)`;

const rel = (p) => relative(process.cwd(), p) || '.';
const say = (msg) => console.log(`› ${msg}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function parseArgs(argv) {
  const [command = 'help', ...rest] = argv;
  const opts = { command, databases: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--state') opts.state = rest[++i];
    else if (a.startsWith('--state=')) opts.state = a.slice('--state='.length);
    else if (a === '--databases') opts.databases = true;
    else if (a === '--brokers') opts.brokers = rest[++i];
    else if (a.startsWith('--brokers=')) opts.brokers = a.slice('--brokers='.length);
    else throw new StackError(`unknown option ${a}\n\n${USAGE}`);
  }
  if ('state' in opts && !opts.state) throw new StackError('--state needs a file name');
  // loadConfig() reads the count where it reads every other Kafka setting.
  if ('brokers' in opts) process.env.KAFKA_BROKERS_COUNT = opts.brokers ?? '';
  return opts;
}

// ── state file ───────────────────────────────────────────────────────────────

function readState(file) {
  if (!file || !existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StackError(`state file ${file} is not JSON (${err.message})`);
  }
}

/** Records, as soon as it happens, that this run started `component` (so a failed `up` can be undone). */
function recorder(file) {
  const state = readState(file) ?? { started: { kafka: false, postgres: false, redis: false, identity: false }, createdAt: new Date().toISOString() };
  // How many Kafka nodes that run started: `down --state` stops every one of them.
  state.kafkaBrokers ??= loadConfig().kafka.count;
  const save = () => {
    if (!file) return;
    state.updatedAt = new Date().toISOString();
    // A fresh clone has no infra/.run yet.
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
  };
  save();
  return {
    state,
    started(component) {
      state.started[component] = true;
      save();
    },
    unstarted(component) {
      state.started[component] = false;
      save();
    },
  };
}

// ── commands ─────────────────────────────────────────────────────────────────

async function up(opts) {
  const t0 = Date.now();
  const config = loadConfig();
  const topics = readTopics(FILES.topics, { replicationFactor: config.kafka.replicationFactor });
  const rec = recorder(opts.state);
  const summary = {};
  await withLock(FILES.lock, async () => {
    const kafka = await startKafka({ config, wait: false, log: say });
    if (kafka.started) rec.started('kafka');
    summary.kafka = kafka.started ? `started by this run (pid ${kafka.pid})` : kafka.external ? 'already running (not managed by this script)' : `already running (pid ${kafka.pid})`;

    summary.postgres = 'already running';
    if (!(await isPostgresUp(config.postgres))) {
      say(`PostgreSQL not reachable at ${config.postgres.url}: starting it`);
      const cluster = await startPostgres(config.postgres);
      rec.started('postgres');
      summary.postgres = `started by this run (cluster ${cluster.version}/${cluster.name})`;
    }
    summary.redis = 'already running';
    if (!(await isRedisUp(config.redis))) {
      say(`Redis not reachable at ${config.redis.url}: starting it`);
      await startRedis(config.redis);
      rec.started('redis');
      summary.redis = 'started by this run';
    }
    const created = await ensureDatabases(config.postgres);
    say(`databases: ${config.postgres.databases.length} present${created.length ? ` (created ${created.join(', ')})` : ''}`);

    // Needs PostgreSQL and consignado_identity; starts while the broker is still booting.
    const identity = await startIdentity({ settings: identitySettings(), config, log: say });
    if (identity.started) rec.started('identity');
    summary.identity = identity.started ? `started by this run (pid ${identity.pid})` : identity.external ? 'already running (not managed by this script)' : `already running (pid ${identity.pid})`;

    if (!kafka.cluster) {
      try {
        kafka.cluster = await waitForKafka({ brokers: config.kafka.brokers, timeoutMs: config.kafka.readyTimeoutMs, pid: kafka.pid, logFile: config.kafka.logFile });
      } catch (err) {
        if (kafka.started) {
          await stopKafka({ config, timeoutMs: 10_000 });
          rec.unstarted('kafka');
        }
        throw err;
      }
    }
    if (kafka.started && config.kafka.count > 1) say(`Kafka: ${config.kafka.count} KRaft nodes, replication factor ${config.kafka.replicationFactor}, min ISR ${config.kafka.minInsyncReplicas}`);
    if (kafka.started) say(`Kafka ready after ${seconds(Date.now() - t0)} (cluster ${kafka.cluster.clusterId})`);
    const t = await ensureTopics({ brokers: config.kafka.brokers, topics });
    say(`topics: ${topics.length} present${t.created.length ? ` (created ${t.created.join(', ')})` : ''}`);
    for (const m of t.mismatched) {
      console.warn(`! topic ${m.name} has ${m.actual} partitions, infra/topics.json says ${m.expected} (not changed: \`reset\` recreates it)`);
    }
  });
  console.log(`\nstack up in ${seconds(Date.now() - t0)}`);
  console.log(`  Kafka       ${config.kafka.brokers.join(',').padEnd(36)} ${summary.kafka}`);
  console.log(`  PostgreSQL  ${config.postgres.url.padEnd(36)} ${summary.postgres}`);
  console.log(`  Redis       ${config.redis.url.padEnd(36)} ${summary.redis}`);
  console.log(`  Identity    ${identitySettings().issuer.padEnd(36)} ${summary.identity}`);
  if (managedNodes(config.kafka).some((r) => r.pid)) console.log(`  Kafka log   ${config.kafka.nodes.map((n) => rel(n.logFile)).join(', ')}`);
  console.log(`  IdP log     ${rel(identitySettings().logFile)}; keys and dev passwords in ${rel(identitySettings().dir)}`);
  if (opts.state) console.log(`  state file  ${opts.state} (started: ${startedList(rec.state) || 'nothing'})`);
}

const startedList = (state) => Object.entries(state.started).filter(([, v]) => v).map(([k]) => k).join(', ');

async function down(opts) {
  const config = loadConfig();
  await withLock(FILES.lock, async () => {
    if (!opts.state) {
      sayIdentityStopped(await stopIdentity(), 'the identity provider: none started by this script is running');
      const r = await stopKafka({ config });
      say(r.stopped ? kafkaStopped(r) : 'Kafka: no broker started by this script is running');
      if (!r.stopped && (await probeKafka({ brokers: config.kafka.brokers }))) say(`Kafka at ${config.kafka.brokers.join(',')} is not managed by this script: left alone`);
      say('PostgreSQL and Redis left alone (they belong to the machine)');
      return;
    }
    const state = readState(opts.state);
    if (!state) {
      say(`state file ${opts.state} not found: nothing recorded as started, nothing stopped`);
      return;
    }
    const { started } = state;
    if (started.identity) sayIdentityStopped(await stopIdentity(), 'the identity provider had already stopped');
    else say('identity provider not started by that run: left alone');
    if (started.kafka) {
      // The nodes that run started, whatever --brokers or KAFKA_BROKERS_COUNT say now.
      const r = await stopKafka({ config: loadConfig({ ...process.env, KAFKA_BROKERS_COUNT: String(state.kafkaBrokers ?? 1) }) });
      say(r.stopped ? kafkaStopped(r) : 'Kafka had already stopped');
    } else say('Kafka not started by that run: left alone');
    if (started.redis) {
      if (await isRedisUp(config.redis)) await stopRedis(config.redis);
      say('Redis stopped (that run had started it)');
    }
    if (started.postgres) {
      if (await isPostgresUp(config.postgres)) await stopPostgres(config.postgres);
      say('PostgreSQL stopped (that run had started it)');
    }
    if (!started.redis || !started.postgres) say(`left alone: ${['PostgreSQL', 'Redis'].filter((n) => !started[n.toLowerCase()]).join(', ')} (not started by that run)`);
    rmSync(opts.state, { force: true });
  });
}

const kafkaStopped = (r) => `Kafka stopped (pid${r.pids.length > 1 ? 's' : ''} ${r.pids.join(', ')}${r.forced ? ', killed after the timeout' : ''})`;

function sayIdentityStopped(r, otherwise) {
  say(r.stopped ? `identity provider stopped (pid ${r.pid}${r.forced ? ', killed after the timeout' : ''})` : otherwise);
}

async function status() {
  const config = loadConfig();
  const kafka = await kafkaStatus(config);
  const pgUp = await isPostgresUp(config.postgres);
  const redisUp = await isRedisUp(config.redis);
  const identity = await identityStatus();
  const who = kafka.managed ? `managed, pid ${kafka.pid}` : 'not managed by this script';
  console.log(`Kafka       ${config.kafka.brokers.join(',').padEnd(36)} ${kafka.up ? `up (${who}, cluster ${kafka.clusterId})` : kafka.managed ? `not answering (pid ${kafka.pid} runs)` : 'down'}`);
  if (config.kafka.count > 1) {
    for (const n of kafka.nodes) console.log(`            node ${n.id} ${n.address.padEnd(27)} ${n.up ? 'up' : 'down'}${n.pid ? ` (pid ${n.pid})` : ''}`);
    console.log(`            ${config.kafka.count} KRaft nodes: replication factor ${config.kafka.replicationFactor}, min ISR ${config.kafka.minInsyncReplicas}`);
  }
  if (kafka.up) {
    const topics = readTopics();
    const t = await listTopicsQuietly(config, topics);
    console.log(`            topics: ${topics.length - t.missing.length}/${topics.length} of infra/topics.json${t.missing.length ? `, missing ${t.missing.join(', ')}` : ''}`);
  }
  console.log(`PostgreSQL  ${config.postgres.url.padEnd(36)} ${pgUp ? 'up' : 'down'}`);
  if (pgUp) {
    const present = new Set(await existingDatabases(config.postgres.databases, config.postgres));
    const missing = config.postgres.databases.filter((d) => !present.has(d));
    console.log(`            databases: ${present.size}/${config.postgres.databases.length}${missing.length ? `, missing ${missing.join(', ')}` : ''}`);
  }
  console.log(`Redis       ${config.redis.url.padEnd(36)} ${redisUp ? 'up' : 'down'}`);
  const idp = identity.managed ? `managed, pid ${identity.pid}` : 'not managed by this script';
  console.log(`Identity    ${identity.issuer.padEnd(36)} ${identity.up ? `up (${idp})` : identity.managed ? `not answering (pid ${identity.pid} runs)` : 'down'}`);
  const where = config.kafka.count > 1 ? dirname(dirname(config.kafka.dataDir)) : config.kafka.dataDir;
  console.log(`Kafka data  ${rel(where)} ${kafka.formatted ? '(formatted)' : '(not formatted)'}; log ${config.kafka.count > 1 ? `${rel(where)}/node-*/kafka.log` : rel(FILES.kafkaLog)}`);
  return kafka.up && pgUp && redisUp && identity.up ? 0 : 1;
}

async function listTopicsQuietly(config, topics) {
  const kafkajs = (await import('kafkajs')).default;
  const admin = new kafkajs.Kafka({ clientId: 'infra-status', brokers: config.kafka.brokers, logLevel: kafkajs.logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    return { missing: topics.map((t) => t.name).filter((n) => !existing.has(n)) };
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

async function reset(opts) {
  const config = loadConfig();
  if (opts.databases) {
    // First, while PostgreSQL still runs (down may stop it when the state file says so).
    if (!(await isPostgresUp(config.postgres))) throw new StackError(`PostgreSQL is not reachable at ${config.postgres.url}: cannot drop the databases (nothing was reset)`);
    const dropped = await dropPlatformDatabases(config.postgres);
    say(`dropped ${dropped.length} databases${dropped.length ? `: ${dropped.join(', ')}` : ''}`);
  }
  await down(opts);
  await withLock(FILES.lock, async () => {
    await stopKafka({ config });
    if (config.kafka.local && (await probeKafka({ brokers: config.kafka.brokers }))) {
      throw new StackError(`a Kafka broker not started by this script still answers on ${config.kafka.brokers.join(',')}: stop it before deleting ${rel(config.kafka.dataDir)}`);
    }
    for (const node of config.kafka.nodes) {
      rmSync(node.dataDir, { recursive: true, force: true });
      say(`deleted ${rel(node.dataDir)}`);
    }
  });
}

async function topicsCommand() {
  const config = loadConfig();
  const topics = readTopics(FILES.topics, { replicationFactor: config.kafka.replicationFactor });
  await waitForKafka({ brokers: config.kafka.brokers, timeoutMs: config.kafka.readyTimeoutMs });
  const t = await ensureTopics({ brokers: config.kafka.brokers, topics });
  say(`topics on ${config.kafka.brokers.join(',')}: created ${t.created.length}, existing ${t.existing.length}`);
  for (const m of t.mismatched) console.warn(`! topic ${m.name} has ${m.actual} partitions, expected ${m.expected}`);
}

function configCommand() {
  const config = loadConfig();
  const postgres = { ...config.postgres };
  delete postgres.urlFor; // a function: not JSON
  const out = {
    kafka: {
      ...config.kafka,
      serverProperties: parseProperties(renderServerProperties(config.kafka)),
      nodeProperties: config.kafka.nodes.map((n) => parseProperties(renderServerProperties(config.kafka, n))),
    },
    postgres,
    redis: config.redis,
    identity: Object.fromEntries(Object.entries(identitySettings()).map(([k, v]) => [k, typeof v === 'string' && v.startsWith(REPO_DIR) ? relative(REPO_DIR, v) : v])),
    topics: readTopics(FILES.topics, { replicationFactor: config.kafka.replicationFactor }),
    files: Object.fromEntries(Object.entries(FILES).map(([k, v]) => [k, relative(REPO_DIR, v)])),
  };
  console.log(JSON.stringify(out, null, 2));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  switch (opts.command) {
    case 'up':
      return up(opts);
    case 'down':
      return down(opts);
    case 'status':
      return status();
    case 'reset':
      return reset(opts);
    case 'topics':
      return topicsCommand();
    case 'config':
      return configCommand();
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      throw new StackError(`unknown command ${opts.command}\n\n${USAGE}`);
  }
}

main().then(
  (code) => process.exit(typeof code === 'number' ? code : 0),
  (err) => {
    console.error(`✖ ${err instanceof StackError ? err.message : err.stack}`);
    process.exit(1);
  },
);
