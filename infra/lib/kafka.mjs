// The native Kafka broker: jars from Maven Central (cached), each KRaft node's configuration,
// storage formatting, readiness through a kafkajs admin call, and topic creation. The processes
// themselves: infra/lib/kafka-process.mjs. Integration tests drive both through infra/kafka-control.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import kafkajs from 'kafkajs';
import { FILES, loadConfig, RUN_DIR } from './config.mjs';
import { quorumVoters } from './kafka-nodes.mjs';
import { hasCommand, isAlive, sleep, StackError } from './proc.mjs';

const { Kafka, logLevel } = kafkajs;
const noop = () => undefined;

export { StackError };

// ── Java and jars ────────────────────────────────────────────────────────────

/** The java executable ($JAVA_HOME/bin/java when set) and its major version; throws if missing. */
export function ensureJava() {
  const home = process.env.JAVA_HOME;
  const bin = home && existsSync(join(home, 'bin', 'java')) ? join(home, 'bin', 'java') : 'java';
  const r = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (r.error) {
    throw new StackError(
      `java not found (${r.error.code}). The native Kafka broker needs a Java runtime, 11 or newer (17 recommended): ` +
        'install one (Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME.',
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : 0;
  if (major < 11) throw new StackError(`${bin} is Java ${major || '?'}; Kafka ${loadConfig().kafka.version} needs Java 11 or newer (17 recommended).`);
  return { bin, major };
}

const pomDigest = () => createHash('sha256').update(readFileSync(FILES.pom)).digest('hex');

/** True when the jar folder was filled by a finished Maven run for the current pom.xml. */
export function kafkaJarsReady(kafka = loadConfig().kafka) {
  const marker = join(kafka.home, '.complete');
  if (!existsSync(marker)) return false;
  try {
    const { pom, jars } = JSON.parse(readFileSync(marker, 'utf8'));
    return pom === pomDigest() && jars.length > 0 && jars.every((jar) => existsSync(join(kafka.libs, jar)));
  } catch {
    return false;
  }
}

/**
 * Puts the broker's jars in infra/.cache/kafka-<version>/libs with `mvn dependency:copy-dependencies`
 * (first run only: a marker file records a finished download for this pom.xml).
 */
export function ensureKafkaJars({ kafka = loadConfig().kafka, log = noop } = {}) {
  if (kafkaJarsReady(kafka)) return { libs: kafka.libs, fetched: false };
  if (!hasCommand('mvn')) {
    throw new StackError(
      `mvn not found: the Kafka ${kafka.version} jars are not cached yet (${kafka.libs}) and are fetched with Maven ` +
        'from Maven Central. Install Maven 3.6+ (Debian: apt-get install maven).',
    );
  }
  log(`fetching Kafka ${kafka.version} jars with Maven (first run only, ~50 MB)…`);
  const partial = `${kafka.libs}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const args = ['-q', '-B', '-f', FILES.pom, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${partial}`];
  const r = spawnSync('mvn', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    const out = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.includes('ERROR')).slice(0, 5).join('\n');
    throw new StackError(`mvn dependency:copy-dependencies failed (exit ${r.status}):\n${out || r.stderr}`);
  }
  const jars = readdirSync(partial).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith('kafka_2.13-'))) throw new StackError(`Maven ran but ${partial} has no kafka_2.13 jar`);
  rmSync(kafka.libs, { recursive: true, force: true });
  renameSync(partial, kafka.libs);
  writeFileSync(join(kafka.home, '.complete'), JSON.stringify({ pom: pomDigest(), jars, at: new Date().toISOString() }, null, 2));
  return { libs: kafka.libs, fetched: true };
}

// ── Configuration and storage ────────────────────────────────────────────────

/** infra/kafka/server.properties for one node of `kafka` (node 1 by default): ports, quorum, log.dirs, replication. */
export function renderServerProperties(kafka = loadConfig().kafka, node = kafka.nodes[0]) {
  const values = {
    KAFKA_NODE_ID: node.id,
    KAFKA_PORT: node.port,
    KAFKA_CONTROLLER_PORT: node.controllerPort,
    KAFKA_QUORUM_VOTERS: quorumVoters(kafka.nodes),
    KAFKA_LOG_DIRS: node.dataDir,
    KAFKA_REPLICATION_FACTOR: kafka.replicationFactor,
    KAFKA_MIN_ISR: kafka.minInsyncReplicas,
  };
  return readFileSync(FILES.serverPropertiesTemplate, 'utf8').replace(/\$\{(\w+)\}/g, (whole, name) => {
    if (!(name in values)) throw new StackError(`${FILES.serverPropertiesTemplate}: unknown placeholder ${whole}`);
    return String(values[name]);
  });
}

/** key → value of a .properties text (comments and blank lines skipped). */
export function parseProperties(text) {
  const out = {};
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#') || t.startsWith('!')) continue;
    const i = t.search(/[=:]/);
    if (i > 0) out[t.slice(0, i).trim()] = t.slice(i + 1).trim();
  }
  return out;
}

/** True when the node's log.dirs holds a meta.properties (StorageTool ran). */
export const isFormatted = (node) => existsSync(join(node.dataDir, 'meta.properties'));
const clusterIdOf = (node) => parseProperties(readFileSync(join(node.dataDir, 'meta.properties'), 'utf8'))['cluster.id'];

/** The JVM arguments of a Kafka main class run from the cached jars. */
export function javaArgs(kafka, mainClass, args) {
  return [
    `-Dlog4j.configuration=${pathToFileURL(FILES.log4j).href}`,
    `-Dkafka.logs.dir=${RUN_DIR}`,
    '-Djava.awt.headless=true',
    '-cp',
    `${kafka.libs}/*`,
    mainClass,
    ...args,
  ];
}

/** A Kafka cluster id as `kafka.tools.StorageTool random-uuid` prints it (16 random bytes, base64url), without a JVM. */
export function randomClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id; // as Kafka's Uuid.randomUuid: a leading dash reads as an option
  }
}

/**
 * Formats each node's log.dirs once, all with one cluster id (a formatted node's, else a random one),
 * the nodes at once; a formatted directory is left as it is.
 */
export async function formatStorage({ kafka = loadConfig().kafka, java = ensureJava(), log = noop } = {}) {
  const fresh = kafka.nodes.filter((n) => !isFormatted(n));
  if (fresh.length === 0) return { formatted: false };
  const formatted = kafka.nodes.find(isFormatted);
  const clusterId = formatted ? clusterIdOf(formatted) : randomClusterId();
  await Promise.all(fresh.map((node) => runTool(java, kafka, ['format', '-t', clusterId, '-c', node.propertiesFile, '--ignore-formatted'])));
  for (const node of fresh) log(`formatted ${node.dataDir} (cluster id ${clusterId})`);
  return { formatted: true, clusterId };
}

function runTool(java, kafka, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(java.bin, javaArgs(kafka, 'kafka.tools.StorageTool', args), { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new StackError(`kafka.tools.StorageTool ${args[0]} failed (exit ${code}):\n${out}`))));
  });
}

// ── Readiness ────────────────────────────────────────────────────────────────

function adminClient(brokers, timeoutMs) {
  const kafka = new Kafka({
    clientId: 'infra-stack',
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: Math.min(timeoutMs, 3000),
    requestTimeout: timeoutMs,
    retry: { retries: 0 },
  });
  return kafka.admin({ retry: { retries: 0 } });
}

/** One kafkajs admin call (describeCluster); the cluster description, or undefined if it fails. */
export async function probeKafka({ brokers = loadConfig().kafka.brokers, timeoutMs = 3000 } = {}) {
  const admin = adminClient(brokers, timeoutMs);
  let timer;
  try {
    const call = (async () => {
      await admin.connect();
      return admin.describeCluster();
    })();
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs + 500);
    });
    return await Promise.race([call, timeout]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
    await admin.disconnect().catch(noop);
  }
}

/**
 * Waits until a kafkajs admin call succeeds; resolves with the cluster description. Rejects after
 * `timeoutMs`, or as soon as process `pid` (when given) exits.
 */
export async function waitForKafka({ brokers = loadConfig().kafka.brokers, timeoutMs = loadConfig().kafka.readyTimeoutMs, pid, logFile = FILES.kafkaLog } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const cluster = await probeKafka({ brokers, timeoutMs: 3000 });
    if (cluster) return cluster;
    if (pid && !isAlive(pid)) throw new StackError(`the Kafka broker (pid ${pid}) exited while starting; see ${logFile}\n${logTail(logFile)}`);
    if (Date.now() >= deadline) throw new StackError(`Kafka at ${brokers.join(',')} did not answer within ${Math.round(timeoutMs / 1000)}s; see ${logFile}\n${logTail(logFile)}`);
    await sleep(500);
  }
}

function logTail(file, lines = 15) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).map((l) => `  | ${l}`).join('\n');
}

// ── Topics ───────────────────────────────────────────────────────────────────

/**
 * Creates the topics that are missing; never deletes or shrinks. Resolves with the names
 * created, the ones that existed, and the existing ones whose partition count differs.
 */
export async function ensureTopics({ brokers = loadConfig().kafka.brokers, topics }) {
  const admin = new Kafka({ clientId: 'infra-topics', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((t) => !existing.has(t.name));
    if (missing.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        timeout: 30_000,
        topics: missing.map((t) => ({
          topic: t.name,
          numPartitions: t.partitions,
          replicationFactor: t.replicationFactor,
          configEntries: Object.entries(t.config).map(([name, value]) => ({ name, value: String(value) })),
        })),
      });
    }
    const { topics: metadata } = await admin.fetchTopicMetadata({ topics: topics.map((t) => t.name) });
    const partitions = new Map(metadata.map((m) => [m.name, m.partitions.length]));
    const mismatched = topics
      .filter((t) => partitions.get(t.name) !== t.partitions)
      .map((t) => ({ name: t.name, expected: t.partitions, actual: partitions.get(t.name) }));
    return { created: missing.map((t) => t.name), existing: topics.filter((t) => existing.has(t.name)).map((t) => t.name), mismatched };
  } finally {
    await admin.disconnect();
  }
}
