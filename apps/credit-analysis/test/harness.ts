import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { type ContractPositionChangedPayload, createEnvelope, type EventEnvelope, type ProposalCreatedPayload } from '@consignado/contracts';
import { bearer, startTestService, testIdentity, testKafka, type TestService, waitFor } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { CreditAnalysisConfig } from '../src/config';
import { captureStdout, OutputRecorder, publish, ServiceTables } from './support';

/** The service on the real Kafka and PostgreSQL, with a producer, an output recorder and its tables. */
export interface Harness {
  readonly service: TestService<CreditAnalysisConfig>;
  readonly producer: Producer;
  readonly output: OutputRecorder;
  readonly tables: ServiceTables;
  readonly logs: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const kafka = testKafka();
  const stdout = captureStdout();
  // LOG_LEVEL=log so the LGPD checks see every line the service writes.
  const service = await startTestService({ service: 'credit-analysis', config: CreditAnalysisConfig, module: (c) => AppModule.register(c), env: { LOG_LEVEL: 'log' } });
  const producer = kafka.producer();
  await producer.connect();
  const output = new OutputRecorder(kafka, service);
  await output.start();
  const tables = new ServiceTables(service);
  await tables.connect();
  const close = async () => {
    await output.stop();
    await producer.disconnect();
    await tables.close();
    await service.close();
    stdout.restore();
  };
  return { service, producer, output, tables, logs: stdout.lines, close };
}

/** Publishes an event and waits until the service committed its handling (inbox row). */
export async function deliver(h: Harness, envelope: EventEnvelope): Promise<void> {
  await publish(h.producer, h.service, envelope);
  await waitFor(() => h.tables.processed(envelope.eventId), { timeoutMs: 30_000, description: `${envelope.eventType} ${envelope.eventId} consumed` });
}

/** Loan's ContractPositionChanged for a contract, consumed before the test goes on. */
export const projectPosition = (h: Harness, payload: ContractPositionChangedPayload) => deliver(h, createEnvelope('ContractPositionChanged', { payload }));

/** A new proposal of its own customer and id; CORBAN/DIGITAL as the payload says. */
export function proposalEvent(payload: ProposalCreatedPayload): EventEnvelope<'ProposalCreated'> {
  return createEnvelope('ProposalCreated', { payload: { ...payload, proposalId: randomUUID() }, metadata: { channel: payload.channel, userId: 'operator-7' } });
}

/** Servicing operations' token: back office (SERVICING) with contracts:read, so it reads analyses and positions. */
export const operatorHeaders = async (): Promise<Record<string, string>> => bearer(await testIdentity().clientToken('servicing-ops'));

/** A GET of the service's API, as servicing operations unless other headers are given. */
export async function getJson(h: Harness, path: string, headers?: Record<string, string>): Promise<{ status: number; body: any; challenge: string | null }> {
  const res = await fetch(`${h.service.baseUrl}${path}`, { headers: headers ?? (await operatorHeaders()) });
  return { status: res.status, body: await res.json(), challenge: res.headers.get('www-authenticate') };
}
