import type { Consumer, Kafka, Producer } from 'kafkajs';
import { Client } from 'pg';
import { createEnvelope, dlqTopicFor, type EventEnvelope, type EventType, type PayloadOf } from '@consignado/contracts';
import { consumerGroup, namespacedTopic } from '@consignado/eventing';
import { startTestService, type TestService, testIdentity, uniqueName, waitFor } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { ProposalConfig } from '../src/config';
import { Clock } from '../src/shared/clock';

/** The local provider's clients of each non-customer caller (infra/README.md, "Identities"). */
export const CLIENTS = { corban: 'corban-alpha', corbanBeta: 'corban-beta', internal: 'internal-origination' } as const;
export const ALPHA = '6f1c2d3e-0000-4000-8000-00000000a1fa';

/** How a test client authenticates: a raw token (null: none), a customer's login by CPF, or a client. */
export type As = { token: string | null } | { cpf: string } | { client: string };

export type Service = TestService<ProposalConfig>;

/** Untyped JSON read back from the API or a topic: tests index into it freely. */
export type Json = any;

export interface Reply {
  status: number;
  body: Json;
  headers: Headers;
}

/**
 * Boots the real service in a fresh namespace (its topics are created at boot by ensureTopics,
 * which waits until every partition has a leader).
 */
export async function startProposalService(env: Record<string, string> = {}): Promise<Service> {
  return startTestService({ service: 'proposal', config: ProposalConfig, module: (c) => AppModule.register(c), namespace: uniqueName('it'), env });
}

/**
 * One channel's HTTP client: `/v1/<channel>/…` with a real token of that channel from the local
 * provider unless told otherwise — the corban alpha or internal-origination client, or for
 * `digital` a customer logged in with a fresh CPF (`cpf`; register them with `retiree({ cpf })`).
 */
export function api(service: Service, channel: 'digital' | 'corban' | 'internal', as: As = defaultAs(channel)) {
  let token: Promise<string | null> | undefined;
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const bearer = await (token ??= tokenOf(as));
    const res = await fetch(`${service.baseUrl}/v1/${channel}/${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  };
  return {
    /** The logged-in customer's CPF (digital callers). */
    cpf: 'cpf' in as ? as.cpf : '',
    token: () => (token ??= tokenOf(as)),
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown, headers?: Record<string, string>) => call('POST', path, body, headers),
  };
}

function defaultAs(channel: 'digital' | 'corban' | 'internal'): As {
  return channel === 'digital' ? { cpf: newCpf() } : { client: CLIENTS[channel] };
}

async function tokenOf(as: As): Promise<string | null> {
  if ('token' in as) return as.token;
  if ('cpf' in as) return (await testIdentity().customerSession(as.cpf)).accessToken;
  return testIdentity().clientToken(as.client);
}

/** A fresh, valid CPF (check digits computed), so tests never collide on the unique CPF. */
export function newCpf(): string {
  const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
  if (new Set(digits).size === 1) digits[0] = (digits[0] + 1) % 10;
  for (const length of [9, 10]) {
    const sum = digits.slice(0, length).reduce((acc, d, k) => acc + d * (length + 1 - k), 0);
    const rest = (sum * 10) % 11;
    digits.push(rest === 10 ? 0 : rest);
  }
  return digits.join('');
}

export const retiree = (changes: object = {}) => ({
  cpf: newCpf(),
  name: 'Maria da Silva',
  birthDate: '1958-06-21',
  monthlyIncome: '2000.00',
  linkType: 'APOSENTADO',
  benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2020-01-15' },
  ...changes,
});

export const inssProposal = (customerId: string, changes: object = {}) => ({
  customerId,
  product: 'INSS_CONSIGNADO',
  operationType: 'NEW',
  requestedAmount: '10000.00',
  termMonths: 96,
  withInsurance: false,
  ...changes,
});

/** Pins the service's injectable clock (R-PR-8 regret window, default contract dates). */
export function setClock(service: Service, iso: string): void {
  const clock = service.app.get(Clock);
  jest.spyOn(clock, 'now').mockReturnValue(new Date(iso));
}

/** Row counts of the service's tables, to prove a refused request wrote nothing (R-X-1). */
export async function countRows(service: Service, tables: string[]): Promise<Record<string, number>> {
  const client = new Client({ connectionString: service.config.DATABASE_URL });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${service.config.DATABASE_SCHEMA}"."${table}"`);
      counts[table] = rows[0].n;
    }
    return counts;
  } finally {
    await client.end();
  }
}

/** Events parked for a proposal (ahead of its state past the retry budget). */
export async function parkedEventIds(service: Service, proposalId: string): Promise<string[]> {
  const client = new Client({ connectionString: service.config.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT event_id FROM "${service.config.DATABASE_SCHEMA}".proposal_parked_event WHERE proposal_id = $1 ORDER BY seq`, [proposalId]);
    return rows.map((r) => r.event_id as string);
  } finally {
    await client.end();
  }
}

/** Reads topics from the beginning into memory, so a test can wait for what the service published. */
export class Tap {
  private readonly seen: Array<{ topic: string; key: string | undefined; value: string }> = [];
  private consumer: Consumer | undefined;

  constructor(private readonly kafka: Kafka) {}

  async start(topics: string[]): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: uniqueName('tap'), maxWaitTimeInMs: 100 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({ eachMessage: async ({ topic, message }) => void this.seen.push({ topic, key: message.key?.toString(), value: message.value?.toString() ?? '' }) });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  /** The first message on `topic` whose parsed value matches, with its Kafka key. */
  async find(topic: string, match: (value: Json) => boolean, timeoutMs = 20_000): Promise<{ key: string | undefined; value: Json }> {
    return waitFor(
      () => {
        const hit = this.seen.find((m) => m.topic === topic && match(parse(m.value)));
        return hit && { key: hit.key, value: parse(hit.value) };
      },
      { timeoutMs, description: `a matching message on ${topic}` },
    );
  }

  all(topic: string, match: (value: Json) => boolean): Json[] {
    return this.seen.filter((m) => m.topic === topic).map((m) => parse(m.value)).filter(match);
  }
}

function parse(value: string): Json {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export const topicOf = (service: Service, eventType: EventType): string => namespacedTopic(service, eventType);
export const dlqOf = (service: Service): string => dlqTopicFor(consumerGroup({ namespace: service.namespace, service: 'proposal' }));

/** Publishes a valid event (caused by `cause`, so it joins the proposal's flow) on its namespaced topic. */
export async function publish<T extends EventType>(producer: Producer, service: Service, eventType: T, payload: PayloadOf<T>, cause?: EventEnvelope): Promise<EventEnvelope<T>> {
  const envelope = createEnvelope(eventType, { payload, metadata: cause ? {} : { channel: 'SYSTEM' } }, cause);
  await producer.send({ topic: topicOf(service, eventType), messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }] });
  return envelope;
}

/** Polls the proposal until `state` (through the channel API, like a client would). */
export async function waitForState(service: Service, id: string, state: string): Promise<Json> {
  const internal = api(service, 'internal');
  return waitFor(
    async () => {
      const reply = await internal.get(`proposals/${id}`);
      return reply.body?.state === state ? reply.body : undefined;
    },
    { timeoutMs: 20_000, description: `proposal ${id} in ${state}` },
  );
}
