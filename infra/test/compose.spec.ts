import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { smtpPortOf, STACK_SERVICES } from '@consignado/stack-runner';

/**
 * docker-compose.yml and the native stack (infra/stack.mjs) must describe the same stack: a test
 * written against one must pass against the other. Both sides are read from their real sources:
 * the compose file as YAML, the native side as `node infra/stack.mjs config` resolves it.
 */

const INFRA = join(__dirname, '..');
const REPO = join(INFRA, '..');

interface NativeConfig {
  kafka: { brokers: string[]; port: number; controllerPort: number; version: string; serverProperties: Record<string, string>; conflict?: string };
  postgres: { url: string; port: number; databases: string[] };
  redis: { url: string; port: number };
  topics: { name: string; partitions: number }[];
  files: Record<string, string>;
}

interface ComposeService {
  image: string;
  ports?: string[];
  environment?: Record<string, string | number>;
  volumes?: string[];
  healthcheck?: { test: string[] | string };
  command?: string[] | string;
  working_dir?: string;
  depends_on?: Record<string, { condition: string }>;
}

const STACK_ENV = ['KAFKA_BROKERS', 'KAFKA_PORT', 'KAFKA_CONTROLLER_PORT', 'DATABASE_URL', 'REDIS_URL'];

/** The native stack's resolved configuration for the given variables (defaults when none). */
function nativeConfig(env: Record<string, string> = {}): NativeConfig {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !STACK_ENV.includes(k)));
  const out = execFileSync(process.execPath, [join(INFRA, 'stack.mjs'), 'config'], { env: { ...clean, ...env }, encoding: 'utf8' });
  return JSON.parse(out) as NativeConfig;
}

const compose = parse(readFileSync(join(REPO, 'docker-compose.yml'), 'utf8')) as { services: Record<string, ComposeService> };
const native = nativeConfig();
const service = (name: string): ComposeService => {
  const s = compose.services[name];
  if (!s) throw new Error(`docker-compose.yml has no service ${name}`);
  return s;
};
const env = (name: string): Record<string, string> =>
  Object.fromEntries(Object.entries(service(name).environment ?? {}).map(([k, v]) => [k, String(v)]));

/** `listeners`-style value → { NAME: 'host:port' }. */
function listenerMap(value: string): Record<string, string> {
  return Object.fromEntries(
    value.split(',').map((l) => {
      const m = /^(\w+):\/\/(.+)$/.exec(l.trim());
      if (!m) throw new Error(`bad listener ${l}`);
      return [m[1], m[2]];
    }),
  );
}

/** Host port published for `containerPort` (`[ip:]host:container`). */
function publishedPort(s: ComposeService, containerPort: number): number | undefined {
  for (const p of s.ports ?? []) {
    const parts = String(p).split(':');
    if (Number(parts[parts.length - 1]) === containerPort) return Number(parts[parts.length - 2]);
  }
  return undefined;
}

/** KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR → offsets.topic.replication.factor (the image's mapping). */
const propertyName = (envName: string): string => envName.replace(/^KAFKA_/, '').toLowerCase().replace(/_/g, '.');

describe('Kafka: docker-compose.yml agrees with infra/kafka/server.properties', () => {
  const kafkaEnv = env('kafka');
  const props = native.kafka.serverProperties;

  it('runs the same Kafka version (image tag = pom.xml kafka.version)', () => {
    expect(service('kafka').image).toBe(`apache/kafka:${native.kafka.version}`);
    expect(native.kafka.version).toMatch(/^3\.9\./);
  });

  it('publishes the client port and advertises the same PLAINTEXT listener', () => {
    const nativeAdvertised = listenerMap(props['advertised.listeners'])['PLAINTEXT'];
    expect(nativeAdvertised).toBe(`127.0.0.1:${native.kafka.port}`);
    expect(listenerMap(kafkaEnv['KAFKA_ADVERTISED_LISTENERS'])['PLAINTEXT']).toBe(nativeAdvertised);
    const containerPort = Number(listenerMap(kafkaEnv['KAFKA_LISTENERS'])['PLAINTEXT'].split(':').pop());
    expect(publishedPort(service('kafka'), containerPort)).toBe(native.kafka.port);
    expect(native.kafka.brokers).toEqual([nativeAdvertised]);
  });

  it('is a single-node KRaft broker+controller with replication factors of 1', () => {
    const single = {
      'process.roles': 'broker,controller',
      'node.id': '1',
      'controller.quorum.voters': `1@127.0.0.1:${native.kafka.controllerPort}`,
      'controller.listener.names': 'CONTROLLER',
      'offsets.topic.replication.factor': '1',
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.min.isr': '1',
      'group.initial.rebalance.delay.ms': '0',
      'auto.create.topics.enable': 'false',
      'num.partitions': '3',
    };
    for (const [key, value] of Object.entries(single)) {
      expect({ key, native: props[key] }).toEqual({ key, native: value });
      expect({ key, compose: kafkaEnv[`KAFKA_${key.toUpperCase().replace(/\./g, '_')}`] }).toEqual({ key, compose: value });
    }
  });

  it('sets every other broker property of the compose file to the native value', () => {
    // Docker-only: listeners bind 0.0.0.0 and add the compose network's INTERNAL listener.
    const dockerOnly = ['KAFKA_LISTENERS', 'KAFKA_ADVERTISED_LISTENERS', 'KAFKA_LISTENER_SECURITY_PROTOCOL_MAP', 'KAFKA_LOG_DIRS', 'KAFKA_HEAP_OPTS'];
    const compared = Object.entries(kafkaEnv).filter(([k]) => k.startsWith('KAFKA_') && !dockerOnly.includes(k));
    expect(compared.length).toBeGreaterThan(10);
    for (const [k, v] of compared) expect({ property: propertyName(k), value: v }).toEqual({ property: propertyName(k), value: props[propertyName(k)] });
  });

  it('maps the native listeners to the same security protocols', () => {
    const protocols = (v: string) => Object.fromEntries(v.split(',').map((e) => e.split(':')));
    const composeMap = protocols(kafkaEnv['KAFKA_LISTENER_SECURITY_PROTOCOL_MAP']);
    for (const [name, protocol] of Object.entries(protocols(props['listener.security.protocol.map']))) expect(composeMap[name]).toBe(protocol);
  });

  it('uses the native heap size', () => {
    expect(kafkaEnv['KAFKA_HEAP_OPTS']).toBe('-Xms256m -Xmx512m');
  });
});

describe('PostgreSQL: same port, user and databases', () => {
  const pg = service('postgres');

  it('is PostgreSQL 15 on the native port with trust auth for the native user', () => {
    expect(pg.image).toMatch(/^postgres:15(\.|$|-)/);
    expect(publishedPort(pg, 5432)).toBe(native.postgres.port);
    expect(env('postgres')['POSTGRES_HOST_AUTH_METHOD']).toBe('trust');
    expect(env('postgres')['POSTGRES_USER']).toBe(new URL(native.postgres.url).username);
  });

  it('creates, through init.sql, exactly the databases of infra/databases.json', () => {
    const mount = (pg.volumes ?? []).find((v) => v.includes('/docker-entrypoint-initdb.d/'));
    expect(mount?.split(':')[0]).toBe(`./${native.files['initSql']}`);
    const sql = readFileSync(join(REPO, native.files['initSql']), 'utf8');
    const created = [...sql.matchAll(/^\s*CREATE DATABASE\s+"?(\w+)"?\s*;/gim)].map((m) => m[1]);
    expect(created).toEqual(native.postgres.databases);
    expect(native.postgres.databases).toEqual(JSON.parse(readFileSync(join(INFRA, 'databases.json'), 'utf8')));
    expect(native.postgres.databases).toEqual(expect.arrayContaining(['consignado_proposal', 'consignado_dataprev', 'consignado_test']));
  });
});

describe('Redis: same port', () => {
  it('is Redis 7 on the native port, keeping nothing on disk', () => {
    const redis = service('redis');
    expect(redis.image).toMatch(/^redis:7(\.|$|-)/);
    expect(publishedPort(redis, 6379)).toBe(native.redis.port);
    expect(new URL(native.redis.url).port || '6379').toBe(String(native.redis.port));
    expect(redis.command).toEqual(expect.arrayContaining(['--save', '', '--appendonly', 'no']));
  });
});

describe('topics and health', () => {
  it('creates the topics from infra/topics.json with the native code, once Kafka is healthy', () => {
    const init = service('kafka-topics');
    expect(init.depends_on?.['kafka']?.condition).toBe('service_healthy');
    expect(init.command).toEqual(['node', 'infra/stack.mjs', 'topics']);
    expect(init.volumes).toContain(`.:${init.working_dir}:ro`);
    const internal = listenerMap(env('kafka')['KAFKA_ADVERTISED_LISTENERS'])['INTERNAL'];
    expect(env('kafka-topics')['KAFKA_BROKERS']).toBe(internal);
    expect(native.files['topics']).toBe('infra/topics.json');
    expect(native.topics).toEqual(JSON.parse(readFileSync(join(INFRA, 'topics.json'), 'utf8')).map((t: object) => ({ replicationFactor: 1, config: {}, ...t })));
    expect(native.topics.length).toBeGreaterThan(0);
  });

  it('has a healthcheck on every long-running service', () => {
    for (const name of ['kafka', 'postgres', 'redis']) expect({ name, healthcheck: Boolean(service(name).healthcheck?.test) }).toEqual({ name, healthcheck: true });
  });
});

describe('the services in compose and in the native launcher (npm start)', () => {
  const rows = STACK_SERVICES.map((s) => [s.name, s.port, 'database' in s ? s.database : '(none)', 'smtpPort' in s ? s.smtpPort : undefined] as const);
  it.each(rows)('%s: port %d, database %s, same entry point', (name, port, database, smtpPort) => {
    const s = service(name);
    const e = env(name);
    expect(s.ports).toEqual([`127.0.0.1:${port}:${port}`, ...(smtpPort ? [`127.0.0.1:${smtpPort}:${smtpPort}`] : [])]);
    expect(e['PORT']).toBe(String(port));
    if (database === '(none)') {
      expect(e['DATABASE_URL']).toBeUndefined();
      expect(e['SMTP_PORT']).toBe(String(smtpPort));
    } else {
      expect(new URL(e['DATABASE_URL']).pathname).toBe(`/${database}`);
      expect(native.postgres.databases).toContain(database);
    }
    expect(s.command).toEqual(['node', '-r', '@swc-node/register', `apps/${name}/src/main.ts`]);
    expect(e['KAFKA_BROKERS']).toBe('kafka:19092');
    expect(e['DATAPREV_URL']).toBe(`http://dataprev-mock:${STACK_SERVICES.find((x) => x.name === 'dataprev-mock')?.port}`);
    expect(e['CTC_URL']).toBe(`http://ctc-mock:${STACK_SERVICES.find((x) => x.name === 'ctc-mock')?.port}`);
    expect(e['INSURER_URL']).toBe(`http://insurer-mock:${STACK_SERVICES.find((x) => x.name === 'insurer-mock')?.port}`);
    expect(e['RAIL_URL']).toBe(`http://rail-mock:${STACK_SERVICES.find((x) => x.name === 'rail-mock')?.port}`);
    expect(String(s.healthcheck?.test)).toContain(`127.0.0.1:${port}/health/ready`);
  });

  it('starts the connector once the mocks it calls are healthy', () => {
    const needs = service('averbation-connector').depends_on ?? {};
    for (const mock of ['dataprev-mock', 'ctc-mock', 'insurer-mock', 'rail-mock']) expect({ mock, condition: needs[mock]?.condition }).toEqual({ mock, condition: 'service_healthy' });
  });

  it('sends notification e-mail to the mail sink on its SMTP port', () => {
    expect(env('notification')['SMTP_HOST']).toBe('mail-sink');
    expect(env('notification')['SMTP_PORT']).toBe(String(smtpPortOf()));
  });
});

describe('native configuration from the environment', () => {
  it('moves every Kafka listener with KAFKA_PORT / KAFKA_CONTROLLER_PORT', () => {
    const moved = nativeConfig({ KAFKA_PORT: '19092', KAFKA_CONTROLLER_PORT: '19093' });
    expect(moved.kafka.brokers).toEqual(['127.0.0.1:19092']);
    expect(moved.kafka.serverProperties['listeners']).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(moved.kafka.serverProperties['advertised.listeners']).toBe('PLAINTEXT://127.0.0.1:19092');
    expect(moved.kafka.serverProperties['controller.quorum.voters']).toBe('1@127.0.0.1:19093');
  });

  it('listens where a local KAFKA_BROKERS points, and flags a KAFKA_PORT that disagrees', () => {
    expect(nativeConfig({ KAFKA_BROKERS: 'localhost:29092' }).kafka.port).toBe(29092);
    expect(nativeConfig({ KAFKA_BROKERS: '127.0.0.1:29092', KAFKA_PORT: '9092' }).kafka.conflict).toMatch(/disagree/);
  });

  it('takes DATABASE_URL as a server: a database name in it is dropped', () => {
    const cfg = nativeConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5433/consignado_test' });
    expect(cfg.postgres.url).toBe('postgres://postgres@127.0.0.1:5433');
    expect(cfg.postgres.port).toBe(5433);
  });
});
