// The native Kafka nodes as processes: start the ones not running (detached, by pid file), stop,
// SIGKILL one or all (chaos tests), and what runs. One node or a KRaft cluster (infra/lib/kafka-nodes.mjs).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { INFRA_DIR, loadConfig } from './config.mjs';
import { ensureJava, ensureKafkaJars, formatStorage, isFormatted, javaArgs, parseProperties, probeKafka, renderServerProperties, waitForKafka } from './kafka.mjs';
import { commandLine, isAlive, isPortOpen, portOwner, readPidFile, StackError, waitForExit } from './proc.mjs';

const MAIN_CLASS = 'kafka.Kafka';
const noop = () => undefined;

/** Pid of a node this script started and that still runs; a stale pid file is removed. */
export function managedNodePid(node) {
  const pid = readPidFile(node.pidFile);
  if (!pid) return undefined;
  if (isAlive(pid) && commandLine(pid).includes(MAIN_CLASS)) return pid;
  rmSync(node.pidFile, { force: true });
  return undefined;
}

/** Pid of node 1 (the single broker's), kept for callers of one broker. */
export const managedKafkaPid = (kafka = loadConfig().kafka) => managedNodePid(kafka.nodes[0]);

/** `{ node, pid }` of every node that runs (pid undefined for the others). */
export const managedNodes = (kafka = loadConfig().kafka) => kafka.nodes.map((node) => ({ node, pid: managedNodePid(node) }));

/** The nodes `ids` names (every node when none). */
function selectNodes(kafka, ids) {
  if (!ids || ids.length === 0) return kafka.nodes;
  const bad = ids.filter((id) => !kafka.nodes.some((n) => n.id === id));
  if (bad.length) throw new StackError(`no Kafka node ${bad.join(', ')}: this configuration has nodes 1–${kafka.nodes.length}`);
  return kafka.nodes.filter((n) => ids.includes(n.id));
}

/** A running node whose properties file differs from the current configuration cannot be reused. */
function checkSettings(kafka, node, pid) {
  const current = existsSync(node.propertiesFile) ? parseProperties(readFileSync(node.propertiesFile, 'utf8')) : {};
  const wanted = parseProperties(renderServerProperties(kafka, node));
  if (JSON.stringify(current) === JSON.stringify(wanted)) return;
  throw new StackError(
    `the Kafka node ${node.id} started by this script (pid ${pid}) runs with other settings (listeners ${current.listeners ?? '?'}); ` +
      'stop it first (`node infra/stack.mjs down`, with the same --brokers) to start one with the current KAFKA_PORT / KAFKA_CONTROLLER_PORT / KAFKA_BROKERS_COUNT.',
  );
}

async function checkPortsFree(kafka, nodes) {
  for (const port of nodes.flatMap((n) => [n.port, n.controllerPort])) {
    if (!(await isPortOpen(port))) continue;
    const owner = portOwner(port);
    throw new StackError(
      `port ${port} on 127.0.0.1 is in use by another process${owner ? ` (${owner})` : ''} that is not a Kafka broker answering on ` +
        `${kafka.brokers.join(',')}. Stop it, or choose other ports with KAFKA_PORT / KAFKA_CONTROLLER_PORT (and KAFKA_BROKERS).`,
    );
  }
}

/**
 * Starts the nodes that do not run (all, or `nodes`: ids) unless, with none of ours running, a broker
 * already answers on KAFKA_BROKERS. Detached: they outlive the caller. Resolves with
 * `{ started, pid, pids, external, cluster, ms }` (`pids`: node id → pid of every running node);
 * with `wait: false` it does not wait for readiness (call waitForKafka later).
 */
export async function startKafka({ config = loadConfig(), wait = true, log = noop, nodes: ids } = {}) {
  const { kafka } = config;
  const t0 = Date.now();
  if (kafka.conflict) throw new StackError(kafka.conflict);
  const running = managedNodes(kafka);
  for (const r of running) if (r.pid) checkSettings(kafka, r.node, r.pid);
  const wanted = new Set(selectNodes(kafka, ids).map((n) => n.id));
  const missing = running.filter((r) => !r.pid && wanted.has(r.node.id)).map((r) => r.node);
  const pids = () => Object.fromEntries(managedNodes(kafka).filter((r) => r.pid).map((r) => [r.node.id, r.pid]));
  if (missing.length === 0) {
    const first = running.find((r) => r.pid);
    const cluster = wait ? await waitForKafka({ brokers: kafka.brokers, timeoutMs: kafka.readyTimeoutMs, pid: first.pid, logFile: first.node.logFile }) : undefined;
    return { started: false, pid: first.pid, pids: pids(), external: false, cluster, ms: Date.now() - t0 };
  }
  if (running.every((r) => !r.pid)) {
    const cluster = await probeKafka({ brokers: kafka.brokers });
    if (cluster && cluster.brokers.length < kafka.count) {
      throw new StackError(`a Kafka of ${cluster.brokers.length} broker(s) not started as this ${kafka.count}-node cluster answers on ${kafka.brokers.join(',')}: stop it, or move the cluster with KAFKA_PORT / KAFKA_CONTROLLER_PORT`);
    }
    if (cluster) return { started: false, external: true, cluster, pids: {}, ms: Date.now() - t0 };
  }
  if (!kafka.local) {
    throw new StackError(`KAFKA_BROKERS=${kafka.brokers.join(',')} is not reachable, and it is not a local address where this script could start a broker.`);
  }
  await checkPortsFree(kafka, missing);
  const java = ensureJava();
  ensureKafkaJars({ kafka, log });
  for (const node of missing) {
    mkdirSync(dirname(node.propertiesFile), { recursive: true });
    writeFileSync(node.propertiesFile, renderServerProperties(kafka, node));
  }
  await formatStorage({ kafka: { ...kafka, nodes: kafka.nodes.filter((n) => missing.includes(n) || isFormatted(n)) }, java, log });
  const spawned = missing.map((node) => ({ node, pid: spawnNode(kafka, java, node) }));
  const result = { started: true, pid: spawned[0].pid, external: false, ms: Date.now() - t0 };
  if (!wait) return { ...result, pids: pids() };
  try {
    // Each new node answers on its own address: a restarted node of a live cluster is waited for too.
    const ready = await Promise.all(spawned.map(({ node, pid }) => waitForKafka({ brokers: [node.address], timeoutMs: kafka.readyTimeoutMs, pid, logFile: node.logFile })));
    return { ...result, pids: pids(), cluster: ready[0], ms: Date.now() - t0 };
  } catch (err) {
    await stopKafka({ config, timeoutMs: 10_000, nodes: spawned.map((s) => s.node.id) });
    throw err;
  }
}

function spawnNode(kafka, java, node) {
  if (existsSync(node.logFile) && statSync(node.logFile).size > 20 * 1024 * 1024) renameSync(node.logFile, `${node.logFile}.1`);
  const fd = openSync(node.logFile, 'a');
  writeSync(fd, `\n===== ${new Date().toISOString()} starting Kafka ${kafka.version} node ${node.id} (${node.propertiesFile}) =====\n`);
  const args = [...kafka.heapOpts, '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20', ...javaArgs(kafka, MAIN_CLASS, [node.propertiesFile])];
  const child = spawn(java.bin, args, { cwd: INFRA_DIR, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  writeFileSync(node.pidFile, `${child.pid}\n`);
  return child.pid;
}

/** Stops the managed nodes (all, or `nodes`: ids) at once: SIGTERM, then SIGKILL after `timeoutMs`. */
export async function stopKafka({ config = loadConfig(), timeoutMs = 30_000, nodes: ids } = {}) {
  const targets = managedNodes(config.kafka).filter((r) => r.pid && selectNodes(config.kafka, ids).includes(r.node));
  if (targets.length === 0) return { stopped: false, pids: [] };
  const forced = await Promise.all(
    targets.map(async ({ node, pid }) => {
      process.kill(pid, 'SIGTERM');
      let killed = false;
      if (!(await waitForExit(pid, timeoutMs))) {
        killed = true;
        if (isAlive(pid)) process.kill(pid, 'SIGKILL');
        await waitForExit(pid, 10_000);
      }
      rmSync(node.pidFile, { force: true });
      return killed;
    }),
  );
  return { stopped: true, pid: targets[0].pid, pids: targets.map((t) => t.pid), forced: forced.some(Boolean) };
}

/** SIGKILLs the managed nodes (all, or `nodes`: ids): a crash, for chaos tests; their log.dirs stay as they are. */
export async function killKafka({ config = loadConfig(), nodes: ids } = {}) {
  const targets = managedNodes(config.kafka).filter((r) => r.pid && selectNodes(config.kafka, ids).includes(r.node));
  if (targets.length === 0) return { killed: false, pids: [] };
  for (const { pid } of targets) process.kill(pid, 'SIGKILL');
  for (const { node, pid } of targets) {
    await waitForExit(pid, 10_000);
    rmSync(node.pidFile, { force: true });
  }
  return { killed: true, pid: targets[0].pid, pids: targets.map((t) => t.pid), nodes: targets.map((t) => t.node.id) };
}

/** What runs: `{ up, managed, pid, brokers, clusterId, formatted, nodes: [{ id, address, pid, up }] }` (a node is up when it listens). */
export async function kafkaStatus(config = loadConfig()) {
  const { kafka } = config;
  const nodes = await Promise.all(managedNodes(kafka).map(async ({ node, pid }) => ({ id: node.id, address: node.address, pid, up: await isPortOpen(node.port) })));
  // Asked through the nodes that listen: a dead one in the list would fail the admin call.
  const listening = nodes.filter((n) => n.up).map((n) => n.address);
  const cluster = kafka.nodes.length === 1 ? await probeKafka({ brokers: kafka.brokers }) : listening.length ? await probeKafka({ brokers: listening }) : undefined;
  const pid = nodes.find((n) => n.pid)?.pid;
  return { up: Boolean(cluster), managed: Boolean(pid), pid, brokers: kafka.brokers, clusterId: cluster?.clusterId, formatted: kafka.nodes.every(isFormatted), nodes };
}
