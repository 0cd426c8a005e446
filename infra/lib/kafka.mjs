// The native Kafka broker: jars from Maven Central (cached), a single-node KRaft configuration,
// storage formatting, start/stop/kill by pid file, readiness through a kafkajs admin call, and
// topic creation. Integration tests drive it through infra/kafka-control.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import kafkajs from 'kafkajs';
import { FILES, INFRA_DIR, loadConfig, RUN_DIR } from './config.mjs';
import { commandLine, hasCommand, isAlive, isPortOpen, portOwner, readPidFile, sleep, StackError, waitForExit } from './proc.mjs';

const { Kafka, logLevel } = kafkajs;
const MAIN_CLASS = 'kafka.Kafka';
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

/** infra/kafka/server.properties with the ports and log.dirs of `kafka` filled in. */
export function renderServerProperties(kafka = loadConfig().kafka) {
  const values = { KAFKA_PORT: kafka.port, KAFKA_CONTROLLER_PORT: kafka.controllerPort, KAFKA_LOG_DIRS: kafka.dataDir };
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

const isFormatted = (kafka) => existsSync(join(kafka.dataDir, 'meta.properties'));

function javaArgs(kafka, mainClass, args) {
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

/** Formats log.dirs with a random cluster id, once: a formatted directory is left as it is. */
export function formatStorage({ kafka = loadConfig().kafka, java = ensureJava(), log = noop } = {}) {
  if (isFormatted(kafka)) return { formatted: false };
  const tool = (args) => {
    const r = spawnSync(java.bin, javaArgs(kafka, 'kafka.tools.StorageTool', args), { encoding: 'utf8' });
    if (r.status !== 0) throw new StackError(`kafka.tools.StorageTool ${args[0]} failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
    return r.stdout.trim();
  };
  const clusterId = tool(['random-uuid']).split('\n').pop().trim();
  tool(['format', '-t', clusterId, '-c', kafka.propertiesFile, '--ignore-formatted']);
  log(`formatted ${kafka.dataDir} (cluster id ${clusterId})`);
  return { formatted: true, clusterId };
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
export async function waitForKafka({ brokers = loadConfig().kafka.brokers, timeoutMs = loadConfig().kafka.readyTimeoutMs, pid } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const cluster = await probeKafka({ brokers, timeoutMs: 3000 });
    if (cluster) return cluster;
    if (pid && !isAlive(pid)) throw new StackError(`the Kafka broker (pid ${pid}) exited while starting; see ${FILES.kafkaLog}\n${logTail()}`);
    if (Date.now() >= deadline) throw new StackError(`Kafka at ${brokers.join(',')} did not answer within ${Math.round(timeoutMs / 1000)}s; see ${FILES.kafkaLog}\n${logTail()}`);
    await sleep(500);
  }
}

function logTail(lines = 15) {
  if (!existsSync(FILES.kafkaLog)) return '';
  return readFileSync(FILES.kafkaLog, 'utf8').trimEnd().split('\n').slice(-lines).map((l) => `  | ${l}`).join('\n');
}

// ── Process control ──────────────────────────────────────────────────────────

/** Pid of the broker this script started and that still runs; a stale pid file is removed. */
export function managedKafkaPid(kafka = loadConfig().kafka) {
  const pid = readPidFile(kafka.pidFile);
  if (!pid) return undefined;
  if (isAlive(pid) && commandLine(pid).includes(MAIN_CLASS)) return pid;
  rmSync(kafka.pidFile, { force: true });
  return undefined;
}

/**
 * Starts the broker unless one already answers on KAFKA_BROKERS. Detached: it outlives the caller.
 * Resolves with `{ started, pid, external, cluster, ms }`; with `wait: false` it does not wait for
 * readiness (call waitForKafka later).
 */
export async function startKafka({ config = loadConfig(), wait = true, log = noop } = {}) {
  const { kafka } = config;
  const t0 = Date.now();
  if (kafka.conflict) throw new StackError(kafka.conflict);
  const running = managedKafkaPid(kafka);
  if (running) {
    const current = existsSync(kafka.propertiesFile) ? readFileSync(kafka.propertiesFile, 'utf8') : '';
    if (current !== renderServerProperties(kafka)) {
      const listeners = parseProperties(current).listeners ?? '?';
      throw new StackError(
        `the broker started by this script (pid ${running}) runs with other settings (listeners ${listeners}); ` +
          'stop it first (`node infra/stack.mjs down`) to start one with the current KAFKA_PORT / KAFKA_CONTROLLER_PORT.',
      );
    }
    const cluster = wait ? await waitForKafka({ brokers: kafka.brokers, timeoutMs: kafka.readyTimeoutMs, pid: running }) : undefined;
    return { started: false, pid: running, external: false, cluster, ms: Date.now() - t0 };
  }
  const cluster = await probeKafka({ brokers: kafka.brokers });
  if (cluster) return { started: false, external: true, cluster, ms: Date.now() - t0 };
  if (!kafka.local) {
    throw new StackError(`KAFKA_BROKERS=${kafka.brokers.join(',')} is not reachable, and it is not a local address where this script could start a broker.`);
  }
  for (const port of [kafka.port, kafka.controllerPort]) {
    if (await isPortOpen(port)) {
      const owner = portOwner(port);
      throw new StackError(
        `port ${port} on 127.0.0.1 is in use by another process${owner ? ` (${owner})` : ''} that is not a Kafka broker answering on ` +
          `${kafka.brokers.join(',')}. Stop it, or choose other ports with KAFKA_PORT / KAFKA_CONTROLLER_PORT (and KAFKA_BROKERS).`,
      );
    }
  }
  const java = ensureJava();
  ensureKafkaJars({ kafka, log });
  mkdirSync(RUN_DIR, { recursive: true });
  writeFileSync(kafka.propertiesFile, renderServerProperties(kafka));
  formatStorage({ kafka, java, log });
  const pid = spawnBroker(kafka, java);
  if (!wait) return { started: true, pid, external: false, ms: Date.now() - t0 };
  try {
    const ready = await waitForKafka({ brokers: kafka.brokers, timeoutMs: kafka.readyTimeoutMs, pid });
    return { started: true, pid, external: false, cluster: ready, ms: Date.now() - t0 };
  } catch (err) {
    await stopKafka({ config, timeoutMs: 10_000 });
    throw err;
  }
}

function spawnBroker(kafka, java) {
  rotateLog();
  const fd = openSync(kafka.logFile, 'a');
  writeSync(fd, `\n===== ${new Date().toISOString()} starting Kafka ${kafka.version} (${kafka.propertiesFile}) =====\n`);
  const args = [...kafka.heapOpts, '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20', ...javaArgs(kafka, MAIN_CLASS, [kafka.propertiesFile])];
  const child = spawn(java.bin, args, { cwd: INFRA_DIR, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  writeFileSync(kafka.pidFile, `${child.pid}\n`);
  return child.pid;
}

function rotateLog() {
  if (existsSync(FILES.kafkaLog) && statSync(FILES.kafkaLog).size > 20 * 1024 * 1024) renameSync(FILES.kafkaLog, `${FILES.kafkaLog}.1`);
}

/** Stops the managed broker: SIGTERM, then SIGKILL after `timeoutMs`. */
export async function stopKafka({ config = loadConfig(), timeoutMs = 30_000 } = {}) {
  const pid = managedKafkaPid(config.kafka);
  if (!pid) return { stopped: false };
  process.kill(pid, 'SIGTERM');
  let forced = false;
  if (!(await waitForExit(pid, timeoutMs))) {
    forced = true;
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    await waitForExit(pid, 10_000);
  }
  rmSync(config.kafka.pidFile, { force: true });
  return { stopped: true, pid, forced };
}

/** Kills the managed broker with SIGKILL (a crash, for chaos tests); its log.dirs stay as they are. */
export async function killKafka({ config = loadConfig() } = {}) {
  const pid = managedKafkaPid(config.kafka);
  if (!pid) return { killed: false };
  process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 10_000);
  rmSync(config.kafka.pidFile, { force: true });
  return { killed: true, pid };
}

/** What runs: `{ up, managed, pid, brokers, clusterId, formatted }`. */
export async function kafkaStatus(config = loadConfig()) {
  const { kafka } = config;
  const pid = managedKafkaPid(kafka);
  const cluster = await probeKafka({ brokers: kafka.brokers });
  return { up: Boolean(cluster), managed: Boolean(pid), pid, brokers: kafka.brokers, clusterId: cluster?.clusterId, formatted: isFormatted(kafka) };
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
