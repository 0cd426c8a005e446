import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createEnvelope, type EventType, examplePayload, namespacedTopicFor, type PayloadOf } from '@consignado/contracts';
import { bearer, publishEvent, startTestService, testEndpoints, testIdentity, testKafka, uniqueName, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { TERMS } from '../src/modules/averbation/domain/renegotiation.fixture';
import { type DataprevMockConfig, startDataprevMock } from './dataprev-support';
import { EventLog, freshBenefit } from './support';

const CPF = '12345678909';

/** R-LN-8: a late contract's workout alters its deduction at the mock Dataprev (RENEGOCIACAO) and hands it to the new contract. */
describe('averbation connector: renegotiation of a late contract on the real stack', () => {
  const kafka = testKafka();
  let mock: TestService<DataprevMockConfig>;
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;
  let events: EventLog;
  const ns = uniqueName('it-av-reneg');

  beforeAll(async () => {
    mock = await startDataprevMock();
    connector = await startTestService({
      service: 'averbation-connector',
      config: AverbationConnectorConfig,
      module: (c) => AppModule.register(c),
      namespace: ns,
      env: {
        DATAPREV_URL: mock.baseUrl, CTC_URL: 'http://127.0.0.1:9', DATAPREV_TIMEOUT_MS: '3000', REDIS_URL: testEndpoints().redisUrl, REDIS_KEY_PREFIX: ns,
        AVERBATION_MAX_ATTEMPTS: '3', AVERBATION_RETRY_WINDOW_MS: '0', AVERBATION_BACKOFF_BASE_MS: '50', AVERBATION_BACKOFF_MAX_MS: '200', WORKER_POLL_INTERVAL_MS: '50',
      },
    });
    producer = kafka.producer();
    await producer.connect();
    events = new EventLog(kafka, ns);
    await events.start(['MarginChecked', 'AverbationCompleted']);
  });

  afterAll(async () => {
    await events?.stop();
    await producer?.disconnect();
    await connector?.close();
    await mock?.close().catch(() => undefined);
  });

  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, ns, type, payload);
  const consumed = (eventId: string) =>
    waitFor(async () => ((await connector.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });
  const getAverbation = async (contractId: string) => fetch(`${connector.baseUrl}/v1/averbations/${contractId}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) });
  const averbation = async (contractId: string) => (await getAverbation(contractId)).json() as Promise<any>;
  const mockCalls = async (benefit: string) => ((await (await fetch(`${mock.baseUrl}/admin/calls?benefitNumber=${benefit}`)).json()) as { calls: Record<string, number> }).calls;
  const registration = async (benefit: string, protocol: string) =>
    ((await (await fetch(`${mock.baseUrl}/v1/beneficios/${benefit}/averbacoes?cpf=${CPF}`)).json()) as { averbacoes: any[] }).averbacoes.find((r) => r.protocolo === protocol);
  const marginUsed = async (benefit: string) => {
    const proposalId = randomUUID();
    await publish('MarginCheckRequested', { proposalId, cpf: CPF, benefitNumber: benefit });
    const [checked] = await events.waitFor('MarginChecked', proposalId);
    return [checked.payload.fromCache, checked.payload.margins.loan.used];
  };
  const script = (benefitNumber: string, failNext: number) =>
    fetch(`${mock.baseUrl}/admin/chaos/script`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ benefitNumber, operation: 'ALTER', failNext, status: 503 }) });

  /** A late INSS contract with its deduction registered (300.00 × 48) and the cached margin showing it. */
  async function lateContract() {
    const benefit = freshBenefit();
    const old = await publish('AverbationRequested', { ...examplePayload('AverbationRequested'), contractId: randomUUID(), proposalId: randomUUID(), cpf: CPF, benefitNumber: benefit, installmentAmount: '300.00' });
    const [completed] = await events.waitFor('AverbationCompleted', old.aggregateId);
    expect(await marginUsed(benefit)).toEqual([false, '300.00']);
    return { benefit, oldId: old.aggregateId, proposalId: old.payload.proposalId, protocol: completed.payload.protocol, newId: randomUUID() };
  }
  const activation = (c: Awaited<ReturnType<typeof lateContract>>, changes: Partial<PayloadOf<'ContractActivated'>> = {}): PayloadOf<'ContractActivated'> => ({
    ...examplePayload('ContractActivated'), contractId: c.newId, proposalId: c.proposalId, operationType: 'RENEGOTIATION', channel: 'DIGITAL',
    termMonths: TERMS.termMonths, installmentAmount: TERMS.installmentAmount, firstDueDate: TERMS.firstDueDate, averbationProtocol: c.protocol, activatedAt: '2026-04-10T13:00:02.000Z',
    renegotiation: { renegotiatedContractId: c.oldId, paymentId: randomUUID(), effectiveDate: '2026-04-10', terms: TERMS }, ...changes,
  });
  const settled = (contractId: string, reason: PayloadOf<'ContractSettled'>['reason'], extra: Partial<PayloadOf<'ContractSettled'>> = {}) =>
    publish('ContractSettled', { ...examplePayload('ContractSettled'), contractId, reason, ...extra });

  it('alters the deduction once under a redelivered activation, cancels nothing on RENEGOTIATED, and the new contract’s end finds it', async () => {
    const c = await lateContract();
    // The old contract's settlement first (topics do not order across event types): nothing is cancelled.
    await consumed((await settled(c.oldId, 'RENEGOTIATED', { replacedByContractId: c.newId })).eventId);
    const envelope = createEnvelope('ContractActivated', { payload: activation(c), metadata: { correlationId: randomUUID(), channel: 'SYSTEM' } });
    const message = { key: c.newId, value: JSON.stringify(envelope) };
    await producer.send({ topic: namespacedTopicFor('ContractActivated', ns), messages: [message, message] }); // redelivered as is
    const retried = await publish('ContractActivated', envelope.payload); // and a producer retry under another event id
    await consumed(retried.eventId);
    await waitFor(async () => ((await averbation(c.newId)).alteration?.status === 'APPLIED' ? true : undefined), { description: 'renegotiation applied' });

    expect(await averbation(c.newId)).toMatchObject({ contractId: c.newId, status: 'REGISTERED', protocol: c.protocol, alteration: { reason: 'RENEGOTIATION', installmentAmount: '180.40', remainingInstallments: 72, attempts: 0 } });
    expect((await getAverbation(c.oldId)).status).toBe(404);
    const at = await registration(c.benefit, c.protocol);
    expect([at.situacao, at.valorParcela, at.quantidadeParcelas, at.alteracoes.map((a: any) => a.motivo)]).toEqual(['ATIVA', '180.40', 72, ['RENEGOCIACAO']]);
    expect(await mockCalls(c.benefit)).toMatchObject({ ALTER: 1, CANCEL: 0 });
    expect(await marginUsed(c.benefit)).toEqual([false, '180.40']); // the cached margin was invalidated

    await consumed((await settled(c.oldId, 'RENEGOTIATED', { replacedByContractId: c.newId })).eventId); // late again: still nothing
    expect((await registration(c.benefit, c.protocol)).situacao).toBe('ATIVA');
    await settled(c.newId, 'PAID_OFF');
    await waitFor(async () => ((await averbation(c.newId)).status === 'CANCELLED' ? true : undefined), { description: 'new contract’s deduction cancelled' });
    expect(await mockCalls(c.benefit)).toMatchObject({ ALTER: 1, CANCEL: 1 });
  });

  it('retries a failing Dataprev with the amendment’s backoff', async () => {
    const c = await lateContract();
    await script(c.benefit, 2);
    await publish('ContractActivated', activation(c));
    await waitFor(async () => ((await averbation(c.newId)).alteration?.status === 'APPLIED' ? true : undefined), { description: 'renegotiation applied' });
    expect([(await averbation(c.newId)).alteration.attempts, (await mockCalls(c.benefit)).ALTER]).toEqual([2, 3]);
  });

  it('dead-letters an activation that contradicts the deduction held, altering nothing', async () => {
    const c = await lateContract();
    await publish('ContractActivated', activation(c, { averbationProtocol: 'DTP-2025-999999999' }));
    const record = JSON.parse(await events.deadLetter(c.newId));
    expect([record.reason, record.error.code, record.attempts]).toEqual(['permanent-error', 'AVERBATION.RENEGOTIATION_INVALID', 1]);
    expect([(await averbation(c.oldId)).status, (await mockCalls(c.benefit)).ALTER ?? 0]).toEqual(['REGISTERED', 0]);
  });
});
