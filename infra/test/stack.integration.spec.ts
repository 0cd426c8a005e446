import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';

/**
 * Against the running stack (`node infra/stack.mjs up`): the topics, databases and Redis it
 * promises, and a broker crash (SIGKILL) that loses nothing acknowledged with acks=all.
 */

const run = promisify(execFile);
const INFRA = join(__dirname, '..');

interface NativeConfig {
  kafka: { brokers: string[] };
  postgres: { url: string; databases: string[] };
  redis: { url: string };
  topics: { name: string; partitions: number }[];
}

async function node<T>(script: string, ...args: string[]): Promise<T> {
  const { stdout } = await run(process.execPath, [join(INFRA, script), ...args], { encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(stdout) as T;
}

/** The broker control CLI that chaos tests use (infra/kafka-control.mjs). */
const control = <T = Record<string, unknown>>(action: 'kill' | 'start' | 'status' | 'wait', ...args: string[]) =>
  node<T>('kafka-control.mjs', action, ...args);

let config: NativeConfig;
let kafka: Kafka;

beforeAll(async () => {
  config = await node<NativeConfig>('stack.mjs', 'config');
  kafka = new Kafka({ clientId: `infra-it-${process.pid}`, brokers: config.kafka.brokers, logLevel: logLevel.NOTHING });
  await control('wait', '--timeout', '30000'); // fails clearly when the stack is not up
});

describe('the running stack', () => {
  it('has every platform topic with its configured partitions', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: config.topics.map((t) => t.name) });
      const actual = Object.fromEntries(topics.map((t) => [t.name, t.partitions.length]));
      expect(actual).toEqual(Object.fromEntries(config.topics.map((t) => [t.name, t.partitions])));
    } finally {
      await admin.disconnect();
    }
  });

  it('has every database of infra/databases.json', async () => {
    const client = new Client({ connectionString: `${config.postgres.url}/postgres` });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname = ANY($1::text[])', [config.postgres.databases]);
      expect(rows.map((r) => r.datname).sort()).toEqual([...config.postgres.databases].sort());
    } finally {
      await client.end();
    }
  });

  it('answers PING on Redis', async () => {
    const redis = new Redis(config.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
    }
  });
});

/** Only a broker started by infra/stack.mjs is ours to kill; an external one (KAFKA_BROKERS) skips the crash test. */
const managed = (JSON.parse(execFileSync(process.execPath, [join(INFRA, 'kafka-control.mjs'), 'status'], { encoding: 'utf8' })) as { managed: boolean })
  .managed;

(managed ? describe : describe.skip)('a broker crash', () => {
  const topic = `infra.chaos.${Date.now()}.${process.pid}`;
  const value = `acked-before-kill-${randomUUID()}`;

  afterAll(async () => {
    await control('start'); // whatever happened above, leave a running broker behind
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('keeps a message acknowledged with acks=all when the broker is SIGKILLed and restarted on the same log.dirs', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true });
    await admin.disconnect();

    const producer = kafka.producer();
    await producer.connect();
    const [ack] = await producer.send({ topic, acks: -1, messages: [{ key: 'k', value }] });
    await producer.disconnect();
    expect(ack.errorCode).toBe(0);

    const killed = await control<{ killed: boolean; pid: number }>('kill');
    expect(killed.killed).toBe(true);
    expect(await control<{ up: boolean; managed: boolean }>('status')).toMatchObject({ up: false, managed: false });

    const started = await control<{ started: boolean; pid: number }>('start');
    expect(started.started).toBe(true);
    expect(started.pid).not.toBe(killed.pid);

    const consumer = kafka.consumer({ groupId: `infra-it-${randomUUID()}` });
    const seen: string[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void seen.push(String(message.value)) });
      const deadline = Date.now() + 30_000;
      while (!seen.includes(value) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    } finally {
      await consumer.disconnect();
    }
    expect(seen).toEqual([value]);
  });
});
