import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { type EventEnvelope, type EventType, examplePayload, namespacedTopicFor, type PayloadOf } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import { bearer, publishEvent, startTestService, testEndpoints, testIdentity, testKafka, uniqueName, waitFor, type TestService } from '@consignado/testing';
import { type DataprevMockConfig, startDataprevMock } from './dataprev-support';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { EventLog, freshBenefit } from './support';

const CPF = '12345678909';

/** R-AV-1..3, R-EV-5 on the real Kafka, PostgreSQL and Redis, against the mock Dataprev over HTTP. */
describe('averbation connector on the real stack', () => {
  const kafka = testKafka();
  let mock: TestService<DataprevMockConfig>;
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;
  let events: EventLog;
  let ns: string;

  const connectorEnv = (): Record<string, string> => ({
    DATAPREV_URL: mock.baseUrl,
    // No exchange here: never read (or act on) a development stack's exchange from a test.
    CTC_URL: 'http://127.0.0.1:9',
    // Long enough that a loaded CI machine never turns a slow answer into an extra failed attempt.
    DATAPREV_TIMEOUT_MS: '3000',
    REDIS_URL: testEndpoints().redisUrl,
    REDIS_KEY_PREFIX: ns,
    AVERBATION_MAX_ATTEMPTS: '3',
    MARGIN_CHECK_MAX_ATTEMPTS: '3',
    // Count-only budgets: these tests give up after the third attempt, not after the default windows.
    AVERBATION_RETRY_WINDOW_MS: '0',
    MARGIN_CHECK_RETRY_WINDOW_MS: '0',
    AVERBATION_BACKOFF_BASE_MS: '50',
    AVERBATION_BACKOFF_MAX_MS: '200',
    WORKER_POLL_INTERVAL_MS: '50',
  });

  beforeAll(async () => {
    mock = await startDataprevMock({ DATAPREV_LATENCY_MAX_MS: '50', DATAPREV_CHAOS_SEED: '7' });
    ns = uniqueName('it-av');
    connector = await startTestService({
      service: 'averbation-connector',
      config: AverbationConnectorConfig,
      module: (c) => AppModule.register(c),
      namespace: ns,
      env: connectorEnv(),
    });
    producer = kafka.producer();
    await producer.connect();
    events = new EventLog(kafka, ns);
    await events.start(['MarginChecked', 'MarginCheckFailed', 'AverbationCompleted', 'AverbationFailed']);
  });

  afterAll(async () => {
    await events?.stop();
    await producer?.disconnect();
    await connector?.close();
    // The last test stops the mock's app; close() drops its schema either way.
    await mock?.close().catch(() => undefined);
  });

  const mockCalls = async (benefit: string) => ((await (await fetch(`${mock.baseUrl}/admin/calls?benefitNumber=${benefit}`)).json()) as { calls: Record<string, number> }).calls;
  const script = (benefitNumber: string, operation: string, failNext: number, status: 503 | 500 | 'timeout') =>
    fetch(`${mock.baseUrl}/admin/chaos/script`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ benefitNumber, operation, failNext, status }) });
  const registrations = async (benefit: string) =>
    ((await (await fetch(`${mock.baseUrl}/v1/beneficios/${benefit}/averbacoes?cpf=${CPF}`)).json()) as { averbacoes: Array<{ contratoId: string }> }).averbacoes;
  /** The connector's inbox has the event: it was consumed (its transaction committed). */
  const consumed = (eventId: string) =>
    waitFor(async () => ((await connector.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });
  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, ns, type, payload);
  /** GET /v1/averbations/{id} as servicing operations (access.integration.spec.ts covers customers and refusals). */
  const getAverbation = async (contractId: string) => fetch(`${connector.baseUrl}/v1/averbations/${contractId}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) });
  const averbation = async (contractId: string) => (await getAverbation(contractId)).json() as Promise<any>;

  const checkMargin = async (benefitNumber: string) => {
    const proposalId = randomUUID();
    const request = await publish('MarginCheckRequested', { proposalId, cpf: CPF, benefitNumber });
    return { request, proposalId };
  };
  const requestAverbation = (benefitNumber: string, installmentAmount: string) =>
    publish('AverbationRequested', { ...examplePayload('AverbationRequested'), contractId: randomUUID(), proposalId: randomUUID(), cpf: CPF, benefitNumber, installmentAmount });

  it('answers a margin check from Dataprev, then from the cache without calling Dataprev (R-AV-3)', async () => {
    const benefit = freshBenefit();
    const first = await checkMargin(benefit);
    const [checked] = await events.waitFor('MarginChecked', first.proposalId);
    expect(checked.payload).toMatchObject({ benefitNumber: benefit, fromCache: false, restrictions: [], benefit: { number: benefit } });
    expect(checked.payload.margins.loan.used).toBe('0.00');
    expect([checked.metadata.correlationId, checked.metadata.causationId]).toEqual([first.request.metadata.correlationId, first.request.eventId]);

    const second = await checkMargin(benefit);
    const [cached] = await events.waitFor('MarginChecked', second.proposalId);
    expect(cached.payload).toEqual({ ...checked.payload, proposalId: second.proposalId, fromCache: true });
    expect((await mockCalls(benefit)).QUERY_MARGIN).toBe(1);
  });

  it('registers an averbation, invalidates the cached margin, and the next check sees the margin used', async () => {
    const benefit = freshBenefit();
    const before = await checkMargin(benefit);
    const [margin] = await events.waitFor('MarginChecked', before.proposalId);
    const request = await requestAverbation(benefit, '250.00');
    const [completed] = await events.waitFor('AverbationCompleted', request.aggregateId);
    expect(completed.payload).toMatchObject({ contractId: request.aggregateId, benefitNumber: benefit, installmentAmount: '250.00', protocol: expect.stringMatching(/^DTP-/) });
    // The benefit number names the person at the INSS: it travelled sealed.
    expect(JSON.stringify(events.raw('AverbationCompleted', request.aggregateId))).not.toContain(benefit);
    expect([completed.metadata.correlationId, completed.metadata.causationId]).toEqual([request.metadata.correlationId, request.eventId]);
    expect((await registrations(benefit)).map((r) => r.contratoId)).toEqual([request.aggregateId]);

    const after = await checkMargin(benefit);
    const [fresh] = await events.waitFor('MarginChecked', after.proposalId);
    expect(fresh.payload.fromCache).toBe(false);
    expect(fresh.payload.margins.loan.available).toBe(Money.of(margin.payload.margins.loan.available).minus(Money.of('250.00')).toString());
    expect(await averbation(request.aggregateId)).toMatchObject({ status: 'REGISTERED', attempts: 0, protocol: completed.payload.protocol });
  });

  it('retries a failing Dataprev: two retryable AverbationFailed, then AverbationCompleted, one flow (R-AV-2)', async () => {
    const benefit = freshBenefit();
    await script(benefit, 'REGISTER', 2, 503);
    const request = await requestAverbation(benefit, '100.00');
    const [completed] = await events.waitFor('AverbationCompleted', request.aggregateId);
    const failed = events.of('AverbationFailed', request.aggregateId);
    expect(failed.map((f) => [f.payload.attempts, f.payload.retryable, f.payload.code])).toEqual([
      [1, true, 'DATAPREV.UNAVAILABLE'],
      [2, true, 'DATAPREV.UNAVAILABLE'],
    ]);
    for (const e of [...failed, completed]) expect([e.metadata.correlationId, e.metadata.causationId]).toEqual([request.metadata.correlationId, request.eventId]);
    expect((await mockCalls(benefit)).REGISTER).toBe(3);
  });

  it('gives up after the retry limit with a final AverbationFailed (timeouts count as transient)', async () => {
    const benefit = freshBenefit();
    await script(benefit, 'REGISTER', 10, 'timeout');
    const request = await requestAverbation(benefit, '100.00');
    const failed = await events.waitFor('AverbationFailed', request.aggregateId, 3);
    expect(failed.map((f) => [f.payload.attempts, f.payload.retryable, f.payload.code])).toEqual([
      [1, true, 'DATAPREV.TIMEOUT'],
      [2, true, 'DATAPREV.TIMEOUT'],
      [3, false, 'DATAPREV.TIMEOUT'],
    ]);
    expect(failed[2].payload.message).toBe('A Dataprev não respondeu em 3000 ms. Averbação não concluída após 3 tentativas.');
    expect(await averbation(request.aggregateId)).toMatchObject({ status: 'FAILED', attempts: 3, lastError: { code: 'DATAPREV.TIMEOUT' } });
    await script(benefit, 'REGISTER', 0, 503);
  });

  it('lets only one of two concurrent averbations take a margin that fits one (R-AV-3)', async () => {
    const benefit = freshBenefit();
    const probe = await checkMargin(benefit);
    const [margin] = await events.waitFor('MarginChecked', probe.proposalId);
    const available = Money.of(margin.payload.margins.loan.available);
    const installment = Money.ofCents((available.cents * 6n) / 10n).toString();
    const [a, b] = await Promise.all([requestAverbation(benefit, installment), requestAverbation(benefit, installment)]);
    const outcome = async (contractId: string): Promise<EventEnvelope> =>
      waitFor((): EventEnvelope | undefined => events.of('AverbationCompleted', contractId)[0] ?? events.of('AverbationFailed', contractId).find((f) => !f.payload.retryable), { timeoutMs: 20_000 });
    const results = [await outcome(a.aggregateId), await outcome(b.aggregateId)];
    expect(results.map((r) => r.eventType).sort()).toEqual(['AverbationCompleted', 'AverbationFailed']);
    const refused = results.find((r) => r.eventType === 'AverbationFailed') as any;
    expect(refused.payload).toMatchObject({ code: 'AVERBATION.MARGIN_INSUFFICIENT', retryable: false, attempts: 1 });
    expect(await registrations(benefit)).toHaveLength(1);
  });

  it('cancels the registration when the contract is cancelled and the margin comes back (R-AV-1, R-AV-3)', async () => {
    const benefit = freshBenefit();
    const request = await requestAverbation(benefit, '300.00');
    await events.waitFor('AverbationCompleted', request.aggregateId);
    const used = await checkMargin(benefit);
    const [withContract] = await events.waitFor('MarginChecked', used.proposalId);
    expect(withContract.payload.margins.loan.used).toBe('300.00');

    await publish('ContractCancelled', { ...examplePayload('ContractCancelled'), contractId: request.aggregateId, proposalId: request.payload.proposalId, averbationRegistered: true });
    await waitFor(async () => ((await averbation(request.aggregateId)).status === 'CANCELLED' ? true : undefined));
    expect(await registrations(benefit)).toEqual([]);
    const freed = await checkMargin(benefit);
    const [after] = await events.waitFor('MarginChecked', freed.proposalId);
    expect([after.payload.fromCache, after.payload.margins.loan.used]).toEqual([false, '0.00']);
  });

  it('does not register a contract whose cancellation arrived first (topics do not order across events)', async () => {
    const benefit = freshBenefit();
    const contractId = randomUUID();
    const cancelled = await publish('ContractCancelled', { ...examplePayload('ContractCancelled'), contractId, averbationRegistered: false, reason: 'CUSTOMER_REQUEST' });
    await consumed(cancelled.eventId);
    const late = await publish('AverbationRequested', { ...examplePayload('AverbationRequested'), contractId, cpf: CPF, benefitNumber: benefit });
    await consumed(late.eventId);
    expect((await getAverbation(contractId)).status).toBe(404);
    expect(events.of('AverbationFailed', contractId)).toEqual([]);
    expect(await mockCalls(benefit)).toMatchObject({ REGISTER: 0 });
  });

  it('retries, then dead-letters, a cancellation of a registered averbation it does not know yet (never drops it)', async () => {
    const contractId = randomUUID();
    await publish('ContractCancelled', { ...examplePayload('ContractCancelled'), contractId, averbationRegistered: true });
    const record = await events.deadLetter(contractId);
    expect(record).toContain(`averbation of contract ${contractId} not known yet`);
  });

  it('reports an unknown benefit as a final MarginCheckFailed', async () => {
    const { proposalId } = await checkMargin('0000000000');
    const [failed] = await events.waitFor('MarginCheckFailed', proposalId);
    expect(failed.payload).toEqual({ proposalId, benefitNumber: '0000000000', code: 'DATAPREV.BENEFIT_NOT_FOUND', message: 'Benefício não encontrado na Dataprev para o CPF informado.', retryable: false, attempts: 1 });
  });

  it('dead-letters a malformed event and keeps consuming (R-EV-5)', async () => {
    const topic = namespacedTopicFor('AverbationRequested', ns);
    const bad = { ...examplePayload('AverbationRequested'), contractId: randomUUID(), installmentAmount: 311.36 };
    await producer.send({ topic, messages: [{ key: bad.contractId, value: JSON.stringify({ eventType: 'AverbationRequested', payload: bad }) }] });
    const record = await events.deadLetter(bad.contractId);
    expect(record).toContain('invalid envelope');
    const next = await requestAverbation(freshBenefit(), '10.00');
    await events.waitFor('AverbationCompleted', next.aggregateId);
  });

  const registrationOf = async (benefit: string, contractId: string) => (await registrations(benefit)).find((r) => r.contratoId === contractId) as any;
  const amend = (contractId: string, extra: Partial<PayloadOf<'ContractAmended'>>) =>
    publish('ContractAmended', { ...examplePayload('ContractAmended'), contractId, paymentId: randomUUID(), ...extra });

  it('registers a PORTABILITY averbation with its origin institution and contract (tipoOperacao PORTABILIDADE)', async () => {
    const benefit = freshBenefit();
    const portability = { originInstitutionIspb: '60746948', originContractNumber: 'CTR-000123456' };
    const request = await publish('AverbationRequested', {
      ...examplePayload('AverbationRequested'), contractId: randomUUID(), proposalId: randomUUID(), cpf: CPF, benefitNumber: benefit, installmentAmount: '150.00', operationType: 'PORTABILITY', portability,
    });
    const [completed] = await events.waitFor('AverbationCompleted', request.aggregateId);
    expect(await registrationOf(benefit, request.aggregateId)).toMatchObject({ protocolo: completed.payload.protocol, tipoOperacao: 'PORTABILIDADE', instituicaoOrigemIspb: '60746948', contratoOrigem: 'CTR-000123456', valorParcela: '150.00' });
    expect(events.of('AverbationFailed', request.aggregateId)).toEqual([]);
  });

  it('alters the deduction on ContractAmended: Dataprev deducts the new plan and the cached margin is invalidated (R-LN-5)', async () => {
    const benefit = freshBenefit();
    const request = await requestAverbation(benefit, '300.00');
    await events.waitFor('AverbationCompleted', request.aggregateId);
    const before = await checkMargin(benefit);
    const [margin] = await events.waitFor('MarginChecked', before.proposalId);
    expect(margin.payload.margins.loan.used).toBe('300.00');

    const amended = await amend(request.aggregateId, { installmentAmount: '250.00', remainingInstallments: 40, effectiveDate: '2026-03-25', amendedAt: '2026-03-25T14:00:00.000Z' });
    await waitFor(async () => ((await averbation(request.aggregateId)).alteration?.status === 'APPLIED' ? true : undefined));
    expect((await averbation(request.aggregateId)).alteration).toMatchObject({ installmentAmount: '250.00', remainingInstallments: 40, effectiveDate: '2026-03-25', paymentId: amended.payload.paymentId, attempts: 0 });
    expect(await registrationOf(benefit, request.aggregateId)).toMatchObject({ valorParcela: '250.00', quantidadeParcelas: 40, situacao: 'ATIVA' });

    const after = await checkMargin(benefit);
    const [fresh] = await events.waitFor('MarginChecked', after.proposalId);
    expect([fresh.payload.fromCache, fresh.payload.margins.loan.used]).toEqual([false, '250.00']);
    expect(fresh.payload.margins.loan.available).toBe(Money.of(margin.payload.margins.loan.available).plus(Money.of('50.00')).toString());
  });

  it('keeps the latest plan when an older amendment arrives late, and retries a failing Dataprev', async () => {
    const benefit = freshBenefit();
    const request = await requestAverbation(benefit, '300.00');
    await events.waitFor('AverbationCompleted', request.aggregateId);
    await script(benefit, 'ALTER', 2, 503);
    const newer = await amend(request.aggregateId, { installmentAmount: '200.00', remainingInstallments: 30, effectiveDate: '2026-04-02', amendedAt: '2026-04-02T09:00:00.000Z' });
    const older = await amend(request.aggregateId, { installmentAmount: '250.00', remainingInstallments: 40, effectiveDate: '2026-03-25', amendedAt: '2026-03-25T14:00:00.000Z' });
    await consumed(older.eventId);
    await waitFor(async () => ((await averbation(request.aggregateId)).alteration?.status === 'APPLIED' ? true : undefined));
    expect((await averbation(request.aggregateId)).alteration).toMatchObject({ installmentAmount: '200.00', remainingInstallments: 30, paymentId: newer.payload.paymentId, attempts: 2 });
    const registration = await registrationOf(benefit, request.aggregateId);
    expect([registration.valorParcela, registration.quantidadeParcelas, registration.alteracoes.length]).toEqual(['200.00', 30, 1]);
    expect((await mockCalls(benefit)).ALTER).toBe(3);
  });

  it('records a refused alteration for good, visible in GET, without retrying', async () => {
    const benefit = freshBenefit();
    const request = await requestAverbation(benefit, '100.00');
    await events.waitFor('AverbationCompleted', request.aggregateId);
    await amend(request.aggregateId, { installmentAmount: '999999.00', remainingInstallments: 40 });
    await waitFor(async () => ((await averbation(request.aggregateId)).alteration?.status === 'REFUSED' ? true : undefined));
    expect((await averbation(request.aggregateId)).alteration).toMatchObject({ attempts: 1, lastError: { code: 'AVERBATION.MARGIN_INSUFFICIENT' } });
    await new Promise((r) => setTimeout(r, 300));
    expect([(await mockCalls(benefit)).ALTER, (await registrationOf(benefit, request.aggregateId)).valorParcela]).toEqual([1, '100.00']);
  });

  it('does nothing for an amended contract without a deduction here (personal, servant)', async () => {
    const contractId = randomUUID();
    const amended = await amend(contractId, {});
    await consumed(amended.eventId);
    expect((await getAverbation(contractId)).status).toBe(404);
  });

  it('shares the work with a second instance without calling Dataprev twice for a job (lease + SKIP LOCKED)', async () => {
    const second = await startTestService({
      service: 'averbation-connector',
      config: AverbationConnectorConfig,
      module: (c) => AppModule.register(c),
      namespace: ns,
      env: { ...connectorEnv(), DATABASE_SCHEMA: connector.config.DATABASE_SCHEMA },
    });
    try {
      const benefits = Array.from({ length: 12 }, freshBenefit);
      const requests = await Promise.all(benefits.map((b) => requestAverbation(b, '10.00')));
      for (const r of requests) await events.waitFor('AverbationCompleted', r.aggregateId, 1, 30_000);
      // Each Dataprev call is either the success or one failed attempt (reported as AverbationFailed);
      // a job run twice at once would show a call with no failure behind it, and two completions.
      const registerCalls = await Promise.all(benefits.map(async (b) => (await mockCalls(b)).REGISTER));
      expect(registerCalls).toEqual(requests.map((r) => 1 + events.of('AverbationFailed', r.aggregateId).length));
      expect(requests.map((r) => events.of('AverbationCompleted', r.aggregateId).length)).toEqual(requests.map(() => 1));
    } finally {
      // Only the app: the schema is the first instance's.
      await second.app.close();
    }
  });

  it('stays ready while Dataprev is down, reports it apart, and keeps retrying (last: stops the mock)', async () => {
    await mock.app.close();
    const ready = await fetch(`${connector.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(Object.keys(((await ready.json()) as any).checks).sort()).toEqual(['kafka', 'postgres', 'redis']);
    expect(((await (await fetch(`${connector.baseUrl}/health/dataprev`)).json()) as any).status).toBe('down');
    const request = await requestAverbation(freshBenefit(), '10.00');
    const [first] = await events.waitFor('AverbationFailed', request.aggregateId);
    expect(first.payload).toMatchObject({ code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev inacessível (falha de conexão).', retryable: true, attempts: 1 });
  });
});
