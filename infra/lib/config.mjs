// Configuration of the local stack: environment variables with their defaults, the paths it
// uses, and the two lists it creates (databases, topics). Every other module reads from here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kafkaNodes, replicationOf } from './kafka-nodes.mjs';

export const INFRA_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const REPO_DIR = dirname(INFRA_DIR);
export const RUN_DIR = join(INFRA_DIR, '.run');
export const CACHE_DIR = join(INFRA_DIR, '.cache');

export const FILES = Object.freeze({
  pom: join(INFRA_DIR, 'kafka', 'pom.xml'),
  serverPropertiesTemplate: join(INFRA_DIR, 'kafka', 'server.properties'),
  log4j: join(INFRA_DIR, 'kafka', 'log4j.properties'),
  databases: join(INFRA_DIR, 'databases.json'),
  topics: join(INFRA_DIR, 'topics.json'),
  initSql: join(INFRA_DIR, 'postgres', 'init.sql'),
  compose: join(REPO_DIR, 'docker-compose.yml'),
  serverProperties: join(RUN_DIR, 'server.properties'),
  kafkaData: join(RUN_DIR, 'kafka-data'),
  kafkaPid: join(RUN_DIR, 'kafka.pid'),
  kafkaLog: join(RUN_DIR, 'kafka.log'),
  lock: join(RUN_DIR, 'stack.lock'),
});

/** Defaults of the variables the stack honours; an unset or empty variable takes its default. */
export const DEFAULTS = Object.freeze({
  KAFKA_BROKERS: '127.0.0.1:9092',
  KAFKA_PORT: '9092',
  KAFKA_CONTROLLER_PORT: '9093',
  KAFKA_BROKERS_COUNT: '1',
  KAFKA_HEAP_OPTS: '-Xms256m -Xmx512m',
  KAFKA_READY_TIMEOUT_MS: '90000',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432',
  REDIS_URL: 'redis://127.0.0.1:6379',
});

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
export const isLoopback = (host) => LOOPBACK.has(host);

/** The resolved configuration, from `env` (process.env by default). */
export function loadConfig(env = process.env) {
  const get = (name) => (env[name] && env[name].trim() !== '' ? env[name].trim() : undefined);
  return {
    kafka: kafkaConfig(get),
    postgres: postgresConfig(get('DATABASE_URL') ?? DEFAULTS.DATABASE_URL),
    redis: redisConfig(get('REDIS_URL') ?? DEFAULTS.REDIS_URL),
  };
}

function kafkaConfig(get) {
  const explicitBrokers = get('KAFKA_BROKERS');
  const brokerList = (explicitBrokers ?? '').split(',').map((b) => b.trim()).filter(Boolean);
  const first = brokerList[0] ? splitHostPort(brokerList[0], 9092) : undefined;
  const local = first ? isLoopback(first.host) : true;
  // The broker we start listens where KAFKA_BROKERS points, unless KAFKA_PORT says otherwise.
  const port = toPort(get('KAFKA_PORT') ?? (first && local ? String(first.port) : DEFAULTS.KAFKA_PORT), 'KAFKA_PORT');
  const controllerPort = toPort(get('KAFKA_CONTROLLER_PORT') ?? DEFAULTS.KAFKA_CONTROLLER_PORT, 'KAFKA_CONTROLLER_PORT');
  const count = brokerCount(get('KAFKA_BROKERS_COUNT') ?? DEFAULTS.KAFKA_BROKERS_COUNT);
  const nodes = kafkaNodes({ count, port, controllerPort, files: FILES, runDir: RUN_DIR });
  const ports = nodes.flatMap((n) => [n.port, n.controllerPort]);
  if (new Set(ports).size !== ports.length) throw new Error(`KAFKA_PORT ${port} and KAFKA_CONTROLLER_PORT ${controllerPort} overlap across ${count} nodes (node i uses both + 2 × (i − 1))`);
  const brokers = brokerList.length > 0 ? brokerList : nodes.map((n) => n.address);
  const version = kafkaVersion();
  const home = join(CACHE_DIR, `kafka-${version}`);
  return {
    brokers,
    local,
    // Set when KAFKA_BROKERS and KAFKA_PORT name different local ports: a broker started on
    // KAFKA_PORT would never answer where the clients look.
    conflict: first && local && first.port !== port ? `KAFKA_BROKERS (${brokerList[0]}) and KAFKA_PORT (${port}) disagree` : undefined,
    port,
    controllerPort,
    version,
    home,
    libs: join(home, 'libs'),
    heapOpts: (get('KAFKA_HEAP_OPTS') ?? DEFAULTS.KAFKA_HEAP_OPTS).split(/\s+/),
    readyTimeoutMs: Number(get('KAFKA_READY_TIMEOUT_MS') ?? DEFAULTS.KAFKA_READY_TIMEOUT_MS),
    count,
    ...replicationOf(count),
    nodes,
    // Node 1's files, where a single broker always kept them.
    dataDir: nodes[0].dataDir,
    pidFile: nodes[0].pidFile,
    logFile: nodes[0].logFile,
    propertiesFile: nodes[0].propertiesFile,
  };
}

/** KAFKA_BROKERS_COUNT (or `--brokers`): 1 (a single broker) up to 5 KRaft nodes. */
function brokerCount(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new Error(`KAFKA_BROKERS_COUNT=${value}: 1 to 5 brokers`);
  return n;
}

function postgresConfig(raw) {
  const url = parseUrl(raw, 'DATABASE_URL');
  const port = url.port ? Number(url.port) : 5432;
  url.pathname = '';
  url.search = '';
  const base = url.toString().replace(/\/$/, '');
  return {
    url: base,
    adminUrl: `${base}/postgres`,
    urlFor: (database) => `${base}/${database}`,
    host: url.hostname,
    port,
    local: isLoopback(url.hostname),
    databases: readDatabases(),
  };
}

function redisConfig(raw) {
  const url = parseUrl(raw, 'REDIS_URL');
  return { url: raw, host: url.hostname, port: url.port ? Number(url.port) : 6379, local: isLoopback(url.hostname) };
}

/** The Kafka version named in infra/kafka/pom.xml (the one the jars are fetched for). */
export function kafkaVersion() {
  const match = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(readFileSync(FILES.pom, 'utf8'));
  if (!match) throw new Error(`${FILES.pom} has no <kafka.version> property`);
  return match[1].trim();
}

/** Database names from infra/databases.json, validated as plain identifiers. */
export function readDatabases() {
  const list = JSON.parse(readFileSync(FILES.databases, 'utf8'));
  if (!Array.isArray(list) || list.length === 0) throw new Error(`${FILES.databases} must be a non-empty JSON array of names`);
  for (const name of list) {
    if (typeof name !== 'string' || !/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`${FILES.databases}: invalid database name ${JSON.stringify(name)}`);
  }
  if (new Set(list).size !== list.length) throw new Error(`${FILES.databases}: duplicate names`);
  return list;
}

/**
 * Topics from infra/topics.json: `[{ "name": "...", "partitions": 3 }]`, optionally with
 * `"replicationFactor"` (default `replicationFactor`: 1, or the cluster's) and `"config"` (topic-level settings, e.g. retention.ms).
 */
export function readTopics(file = FILES.topics, { replicationFactor = 1 } = {}) {
  const list = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file} must be a JSON array of { name, partitions }`);
  const seen = new Set();
  return list.map((t, i) => {
    const where = `${file} [${i}]`;
    if (!t || typeof t.name !== 'string' || !/^[a-zA-Z0-9._-]{1,249}$/.test(t.name)) throw new Error(`${where}: invalid topic name`);
    if (!Number.isInteger(t.partitions) || t.partitions < 1) throw new Error(`${where} ${t.name}: partitions must be a positive integer`);
    if (seen.has(t.name)) throw new Error(`${where}: duplicate topic ${t.name}`);
    seen.add(t.name);
    return { name: t.name, partitions: t.partitions, replicationFactor: t.replicationFactor ?? replicationFactor, config: t.config ?? {} };
  });
}

export function splitHostPort(value, defaultPort) {
  const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(value);
  if (!m) throw new Error(`invalid host:port ${JSON.stringify(value)}`);
  return { host: m[1], port: m[2] ? Number(m[2]) : defaultPort };
}

function toPort(value, name) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`${name}=${value} is not a TCP port`);
  return n;
}

function parseUrl(raw, name) {
  try {
    return new URL(raw);
  } catch {
    throw new Error(`${name}=${raw} is not a URL`);
  }
}
