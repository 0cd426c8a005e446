import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * `--brokers 3` (KAFKA_BROKERS_COUNT=3): three KRaft nodes, each broker+controller on its own ports
 * and files, one quorum, replication factor 3 and min ISR 2. Read from `node infra/stack.mjs config`,
 * as the scripts resolve it.
 */

const INFRA = join(__dirname, '..');

interface Node {
  id: number;
  port: number;
  controllerPort: number;
  address: string;
  dataDir: string;
  pidFile: string;
  logFile: string;
}

interface Config {
  kafka: { brokers: string[]; count: number; replicationFactor: number; minInsyncReplicas: number; nodes: Node[]; nodeProperties: Record<string, string>[] };
  topics: { name: string; replicationFactor: number }[];
}

function config(env: Record<string, string>, ...args: string[]): Config {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('KAFKA_')));
  return JSON.parse(execFileSync(process.execPath, [join(INFRA, 'stack.mjs'), 'config', ...args], { env: { ...clean, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Config;
}

describe('a 3-node KRaft cluster', () => {
  const { kafka, topics } = config({ KAFKA_BROKERS_COUNT: '3' });

  it('gives each node its own client and controller ports, two apart, and lists all three to clients', () => {
    expect(kafka.nodes.map((n) => [n.id, n.port, n.controllerPort])).toEqual([
      [1, 9092, 9093],
      [2, 9094, 9095],
      [3, 9096, 9097],
    ]);
    expect(kafka.brokers).toEqual(['127.0.0.1:9092', '127.0.0.1:9094', '127.0.0.1:9096']);
  });

  it('keeps each node in its own folder, apart from the single broker', () => {
    for (const key of ['dataDir', 'pidFile', 'logFile'] as const) expect(new Set(kafka.nodes.map((n) => n[key])).size).toBe(3);
    for (const n of kafka.nodes) expect(n.dataDir).toMatch(new RegExp(`infra/\\.run/kafka-cluster-9092/node-${n.id}/data$`));
  });

  it('renders one server.properties per node: its id and listeners, the same three voters', () => {
    expect(kafka.nodeProperties.map((p) => p['node.id'])).toEqual(['1', '2', '3']);
    expect(kafka.nodeProperties.map((p) => p['advertised.listeners'])).toEqual(kafka.brokers.map((b) => `PLAINTEXT://${b}`));
    expect(kafka.nodeProperties[1]['listeners']).toBe('PLAINTEXT://127.0.0.1:9094,CONTROLLER://127.0.0.1:9095');
    expect(new Set(kafka.nodeProperties.map((p) => p['controller.quorum.voters']))).toEqual(new Set(['1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097']));
    expect(kafka.nodeProperties.map((p) => p['log.dirs'])).toEqual(kafka.nodes.map((n) => n.dataDir));
  });

  it('replicates three times with two in sync, internal topics included', () => {
    expect([kafka.replicationFactor, kafka.minInsyncReplicas]).toEqual([3, 2]);
    for (const p of kafka.nodeProperties) {
      expect(p).toMatchObject({
        'default.replication.factor': '3',
        'min.insync.replicas': '2',
        'offsets.topic.replication.factor': '3',
        'transaction.state.log.replication.factor': '3',
        'transaction.state.log.min.isr': '2',
      });
    }
  });

  it('creates the topics of infra/topics.json with three replicas', () => {
    expect(topics.length).toBeGreaterThan(0);
    expect(new Set(topics.map((t) => t.replicationFactor))).toEqual(new Set([3]));
  });

  it('is what --brokers 3 asks for too, and moves with KAFKA_PORT / KAFKA_CONTROLLER_PORT', () => {
    expect(config({}, '--brokers', '3').kafka.brokers).toEqual(kafka.brokers);
    const moved = config({ KAFKA_BROKERS_COUNT: '3', KAFKA_PORT: '9692', KAFKA_CONTROLLER_PORT: '9693' }).kafka;
    expect(moved.brokers).toEqual(['127.0.0.1:9692', '127.0.0.1:9694', '127.0.0.1:9696']);
    expect(moved.nodeProperties[2]['controller.quorum.voters']).toBe('1@127.0.0.1:9693,2@127.0.0.1:9695,3@127.0.0.1:9697');
  });
});

describe('one broker (the default)', () => {
  it('stays a single node with replication factor 1, its files where they were', () => {
    const { kafka, topics } = config({});
    expect([kafka.count, kafka.replicationFactor, kafka.minInsyncReplicas]).toEqual([1, 1, 1]);
    expect(kafka.nodes[0].dataDir).toMatch(/infra\/\.run\/kafka-data$/);
    expect(kafka.nodeProperties[0]).toMatchObject({ 'node.id': '1', 'default.replication.factor': '1', 'min.insync.replicas': '1' });
    expect(new Set(topics.map((t) => t.replicationFactor))).toEqual(new Set([1]));
  });

  it('refuses a count it cannot run, and ports that would overlap', () => {
    expect(() => config({ KAFKA_BROKERS_COUNT: '0' })).toThrow(/1 to 5 brokers/);
    expect(() => config({ KAFKA_BROKERS_COUNT: '3', KAFKA_PORT: '9092', KAFKA_CONTROLLER_PORT: '9094' })).toThrow(/overlap/);
  });
});
