import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { EventType, PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { LoanConfig } from '../src/config';
import { acceptIssued, dlqOf, getAs, publish, type Reply, Tap, TestClock, type AnyEnvelope, type DeadLetter, type Issued, type Published } from './support';

/** One loan service on the real stack, with a producer, a tap on `topics` and its dead letters, and HTTP helpers with real tokens. */
export interface LoanHarness {
  service: TestService<LoanConfig>;
  clock: TestClock;
  topic(eventType: EventType): string;
  publish<T extends EventType>(eventType: T, payload: PayloadOf<T>, options?: Parameters<typeof publish>[4]): Promise<Published<T>>;
  /** The first event of `eventType` that matches (waits for it). */
  event<T = any>(eventType: EventType, match: (e: AnyEnvelope & { payload: any }) => boolean): Promise<T>;
  events(eventType: EventType, match: (e: AnyEnvelope & { payload: any }) => boolean): Array<AnyEnvelope & { payload: any }>;
  /** The customer accepts the CCB of `proposalId`'s contract: its ContractIssued, then ProposalAccepted with its hash (support.ts). */
  accept(proposalId: string, overrides?: Partial<PayloadOf<'ProposalAccepted'>>): Promise<{ issued: Issued; accepted: Published<'ProposalAccepted'> }>;
  deadLetter(eventId: string): Promise<DeadLetter>;
  deadLetters(eventId: string): DeadLetter[];
  /** GET with `token` as bearer: servicing-ops' when omitted, none when null. */
  get(path: string, token?: string | null): Promise<Reply>;
  contract(id: string, query?: string, token?: string): Promise<any>;
  waitFor<T>(probe: () => Promise<T | undefined | false>, description: string): Promise<T>;
  sql(query: string, params?: unknown[]): Promise<any[]>;
  close(): Promise<void>;
}

export async function startLoan(topics: EventType[], env: Record<string, string> = {}): Promise<LoanHarness> {
  const clock = new TestClock(new Date('2026-04-10T13:00:00.000Z'));
  const service = await startTestService({ service: 'loan', config: LoanConfig, module: (c) => AppModule.register(c, { clock }), env: { EVENT_MAX_ATTEMPTS: '3', ...env } });
  const ns = service.namespace;
  const kafka = testKafka();
  const producer: Producer = kafka.producer();
  await producer.connect();
  const tap = new Tap(kafka);
  const topic = (t: EventType) => namespacedTopic({ namespace: ns }, t);
  // ContractIssued always: every booking now waits for its acceptance (R-LN-9).
  await tap.start([...new Set([...topics, 'ContractIssued' as const])].map(topic).concat(dlqOf(ns, 'loan')));
  const get = (path: string, token?: string | null) => getAs(service.baseUrl, path, token);
  return {
    service, clock, topic,
    publish: (eventType, payload, options) => publish(producer, ns, eventType, payload, options),
    event: (eventType, match) => tap.find(topic(eventType), match) as never,
    events: (eventType, match) => tap.all(topic(eventType), match),
    accept: (proposalId, overrides) => acceptIssued(tap, producer, ns, proposalId, overrides),
    deadLetter: (eventId) => tap.find<DeadLetter>(dlqOf(ns, 'loan'), (d) => d.eventId === eventId),
    deadLetters: (eventId) => tap.all<DeadLetter>(dlqOf(ns, 'loan'), (d) => d.eventId === eventId),
    get,
    contract: async (id, query = '', token) => (await get(`/v1/contracts/${id}${query}`, token)).body,
    waitFor: (probe, description) => waitFor(async () => (await probe()) || undefined, { description }) as never,
    sql: (query, params = []) => service.app.get(DataSource).query(query, params),
    close: async () => {
      await tap.stop();
      await producer.disconnect();
      await service.close();
    },
  };
}
