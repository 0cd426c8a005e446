import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { type EventType, examplePayload, type PayloadOf } from '@consignado/contracts';
import { bearer, publishEvent, startTestService, testEndpoints, testIdentity, testKafka, uniqueName, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { exchange, OUR_KEY, OURS, startCtc } from './ctc-support';
import { EventLog } from './support';

const DESTINATION = '99200002';
const CPF = '52998224725';

/** Portability out (we are the origin, R-LN-7, R-LN-11) on the real Kafka and PostgreSQL, against the real mock exchange over HTTP. */
describe('portability out, through the exchange', () => {
  const kafka = testKafka();
  let ctc: TestService<any>;
  let api: ReturnType<typeof exchange>;
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;
  let events: EventLog;
  let ns: string;

  const connectorEnv = (): Record<string, string> => ({
    DATAPREV_URL: 'http://127.0.0.1:9',
    REDIS_URL: testEndpoints().redisUrl,
    REDIS_KEY_PREFIX: ns,
    CTC_URL: ctc.baseUrl,
    CTC_PARTICIPANT_ISPB: OURS,
    CTC_API_KEY: OUR_KEY,
    CTC_TIMEOUT_MS: '1500',
    CTC_MAX_ATTEMPTS: '4',
    CTC_BACKOFF_BASE_MS: '50',
    CTC_BACKOFF_MAX_MS: '200',
    CTC_FEED_POLL_INTERVAL_MS: '100',
    CTC_FEED_PAGE_SIZE: '5',
    WORKER_POLL_INTERVAL_MS: '50',
  });

  beforeAll(async () => {
    ctc = await startCtc();
    api = exchange(ctc.baseUrl);
    ns = uniqueName('it-pout');
    connector = await startTestService({ service: 'averbation-connector', config: AverbationConnectorConfig, module: (c) => AppModule.register(c), namespace: ns, env: connectorEnv() });
    producer = kafka.producer();
    await producer.connect();
    events = new EventLog(kafka, ns);
    await events.start(['PortabilityOutRequested', 'PortabilityOutFundsReceived']);
  });

  afterAll(async () => {
    await events?.stop();
    await producer?.disconnect();
    await connector?.close();
    await ctc?.close();
  });

  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, ns, type, payload);
  const consumed = (eventId: string) =>
    waitFor(async () => ((await connector.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });
  /** GET /v1/portabilities/{nu} as servicing operations (back office: contracts:read + backoffice). */
  const portability = async (nu: string) => (await fetch(`${connector.baseUrl}/v1/portabilities/${nu}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) })).json() as Promise<any>;
  /** A simulated destination bank asks the exchange for one of our contracts. */
  const incoming = async (originContractNumber: string, behaviour = 'TRANSFER') => {
    const opened = await api.admin('POST', '/admin/incoming-portabilities', { destinationIspb: DESTINATION, originIspb: OURS, originContractNumber, cpf: CPF, behaviour, delayMs: 0 });
    expect(opened.status).toBe(201);
    return opened.body as { portabilityNumber: string; requestDate: string; answerDeadline: string; requestedAt: string };
  };
  const answer = (contractId: string, portabilityNumber: string, balanceDate: string): PayloadOf<'PortabilityOutAnswered'> => ({
    contractId, portabilityNumber, outcome: 'BALANCE', balance: '8000.00', balanceDate, remainingInstallments: 40, installmentAmount: '250.00', monthlyRate: '0.018', answeredAt: '2025-03-05T12:00:00.000Z',
  });

  it('reports the request, posts loan’s balance (a repeat changes nothing), reports the transfer once and confirms the settlement', async () => {
    const contractId = randomUUID();
    const opened = await incoming(contractId);
    const nu = opened.portabilityNumber;
    const [requested] = await events.waitFor('PortabilityOutRequested', contractId);
    expect(requested.payload).toEqual({ contractId, portabilityNumber: nu, destinationInstitutionIspb: DESTINATION, balanceDate: opened.requestDate, answerDeadline: opened.answerDeadline, requestedAt: opened.requestedAt });

    const first = await publish('PortabilityOutAnswered', answer(contractId, nu, opened.requestDate));
    const again = await publish('PortabilityOutAnswered', answer(contractId, nu, opened.requestDate));
    await consumed(again.eventId);
    const [funds] = await events.waitFor('PortabilityOutFundsReceived', contractId);
    const atExchange = await api.get(nu);
    expect(atExchange.answer).toMatchObject({ balance: '8000.00', balanceDate: opened.requestDate, remainingInstallments: 40, installment: '250.00', monthlyRate: '0.018' });
    expect(funds.payload).toEqual({ contractId, portabilityNumber: nu, destinationInstitutionIspb: DESTINATION, amount: '8000.00', balanceDate: opened.requestDate, receivedAt: atExchange.transfer.transferredAt });
    expect(funds.metadata.correlationId).toBe(requested.metadata.correlationId);
    expect([(await api.calls(nu)).ANSWER_BALANCE, first.payload.outcome]).toEqual([1, 'BALANCE']);

    const settled = await publish('ContractSettled', { ...examplePayload('ContractSettled'), contractId, reason: 'PORTED_OUT', portabilityNumber: nu, settlementAmount: '8000.00' });
    const completed = await api.until(nu, 'PORTABILITY_COMPLETED');
    expect(completed.settlement.receipt).toBe(`QUIT-${contractId}`);
    await waitFor(async () => ((await portability(nu)).status === 'COMPLETED' ? true : undefined));
    expect(await portability(nu)).toMatchObject({ direction: 'OUT', contractId, transferAmount: '8000.00', settlementReceipt: `QUIT-${contractId}`, exchangeStatus: 'PORTABILITY_COMPLETED' });
    await consumed(settled.eventId);
    expect(events.of('PortabilityOutFundsReceived', contractId)).toHaveLength(1);
  });

  it('posts loan’s refusal with its reason', async () => {
    const contractId = randomUUID();
    const { portabilityNumber: nu } = await incoming(contractId);
    await events.waitFor('PortabilityOutRequested', contractId);
    await publish('PortabilityOutAnswered', { contractId, portabilityNumber: nu, outcome: 'REFUSED', refusalCode: 'CONTRATO_LIQUIDADO', refusalMessage: 'Contrato já liquidado nesta instituição.', answeredAt: new Date().toISOString() });
    const refused = await api.until(nu, 'REJECTED');
    expect(refused.closure).toMatchObject({ reason: 'CONTRATO_LIQUIDADO', by: 'ORIGIN', detail: 'Contrato já liquidado nesta instituição.' });
    await waitFor(async () => ((await portability(nu)).status === 'REFUSED' ? true : undefined));
  });

  it('refuses at once a contract number that is none of ours (not a contract id), without telling loan', async () => {
    const { portabilityNumber: nu } = await incoming('CTR-000123456');
    const refused = await api.until(nu, 'REJECTED');
    expect(refused.closure).toMatchObject({ reason: 'CONTRATO_NAO_ENCONTRADO', by: 'ORIGIN' });
    expect(await portability(nu)).toMatchObject({ status: 'REFUSED', originContractNumber: 'CTR-000123456' });
    expect(events.of('PortabilityOutRequested', 'CTR-000123456')).toEqual([]);
  });

  it('answers through a failing exchange (retries), and reads on after the feed failed', async () => {
    const contractId = randomUUID();
    await api.script('READ_FEED', 2, 500);
    const { portabilityNumber: nu, requestDate } = await incoming(contractId);
    await events.waitFor('PortabilityOutRequested', contractId);
    await api.script('ANSWER_BALANCE', 2, 503, nu);
    await publish('PortabilityOutAnswered', answer(contractId, nu, requestDate));
    await events.waitFor('PortabilityOutFundsReceived', contractId);
    expect((await api.calls(nu)).ANSWER_BALANCE).toBe(3);
  });

  it('shares the feed and the jobs with a second instance: each request reported once', async () => {
    const second = await startTestService({
      service: 'averbation-connector', config: AverbationConnectorConfig, module: (c) => AppModule.register(c), namespace: ns,
      env: { ...connectorEnv(), DATABASE_SCHEMA: connector.config.DATABASE_SCHEMA },
    });
    try {
      const contracts = Array.from({ length: 12 }, () => randomUUID());
      const opened = await Promise.all(contracts.map((c) => incoming(c, 'NO_TRANSFER')));
      for (const c of contracts) await events.waitFor('PortabilityOutRequested', c);
      await Promise.all(contracts.map((c, k) => publish('PortabilityOutAnswered', answer(c, opened[k].portabilityNumber, opened[k].requestDate))));
      for (const o of opened) await api.until(o.portabilityNumber, 'ACCEPTED_SETTLEMENT_IN_PROGRESS');
      await new Promise((r) => setTimeout(r, 500));
      expect(contracts.map((c) => events.of('PortabilityOutRequested', c).length)).toEqual(contracts.map(() => 1));
      const answers = await Promise.all(opened.map(async (o) => (await api.calls(o.portabilityNumber)).ANSWER_BALANCE));
      expect(answers).toEqual(opened.map(() => 1));
    } finally {
      await second.app.close();
    }
  });
});
