import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { examplePayload, namespacedTopicFor, type PayloadOf } from '@consignado/contracts';
import { bearer, type Published, publishEvent, startTestService, testEndpoints, testIdentity, testKafka, uniqueName, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { newPixKey, RAIL_KEY, railDesk, startRail } from './rail-support';
import { EventLog } from './support';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FAST = { latencyMinMs: 0, latencyMaxMs: 20 };

/** Releases of funds (R-LN-10) on the real Kafka and PostgreSQL, against the real mock rail over HTTP. */
describe('disbursements, through the payment rail', () => {
  const kafka = testKafka();
  let rail: TestService<any>;
  let desk: ReturnType<typeof railDesk>;
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;
  let events: EventLog;
  let ns: string;

  const connectorEnv = (): Record<string, string> => ({
    DATAPREV_URL: 'http://127.0.0.1:9',
    CTC_URL: 'http://127.0.0.1:9',
    INSURER_URL: 'http://127.0.0.1:9',
    REDIS_URL: testEndpoints().redisUrl,
    REDIS_KEY_PREFIX: ns,
    RAIL_URL: rail.baseUrl,
    RAIL_API_KEY: RAIL_KEY,
    RAIL_TIMEOUT_MS: '1500',
    RAIL_POLL_INTERVAL_MS: '100',
    RAIL_BACKOFF_BASE_MS: '50',
    RAIL_BACKOFF_MAX_MS: '200',
    RAIL_MAX_ATTEMPTS: '4',
    WORKER_POLL_INTERVAL_MS: '50',
    JOB_LEASE_MS: '3000',
  });
  const start = (env: Record<string, string> = {}) =>
    startTestService({ service: 'averbation-connector', config: AverbationConnectorConfig, module: (c) => AppModule.register(c), namespace: ns, env: { ...connectorEnv(), ...env } });

  beforeAll(async () => {
    rail = await startRail();
    desk = railDesk(rail.baseUrl);
    ns = uniqueName('it-rail');
    connector = await start();
    producer = kafka.producer();
    await producer.connect();
    events = new EventLog(kafka, ns);
    await events.start(['FundsReleased', 'FundsReleaseFailed']);
  });

  afterAll(async () => {
    await events?.stop();
    await producer?.disconnect();
    await connector?.close();
    await rail?.close();
  });

  const request = (change: Partial<PayloadOf<'FundsReleaseRequested'>> = {}): PayloadOf<'FundsReleaseRequested'> => ({
    ...examplePayload('FundsReleaseRequested'), disbursementId: randomUUID(), contractId: randomUUID(), customerId: randomUUID(), account: { kind: 'PIX_KEY', pixKey: newPixKey() }, ...change,
  });
  const publish = (payload: PayloadOf<'FundsReleaseRequested'>) => publishEvent(producer, ns, 'FundsReleaseRequested', payload);
  /** The very same record again (same event id), as Kafka redelivers it. */
  const redeliver = ({ partition: _partition, ...envelope }: Published<'FundsReleaseRequested'>) =>
    producer.send({ topic: namespacedTopicFor('FundsReleaseRequested', ns), messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }] });
  const consumed = (eventId: string) =>
    waitFor(async () => ((await connector.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });
  /** GET /v1/disbursements/{id} as servicing operations (back office). */
  const atConnector = async (id: string) => (await fetch(`${connector.baseUrl}/v1/disbursements/${id}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) })).json() as Promise<any>;
  const reported = (contractId: string) => [events.of('FundsReleased', contractId).length, events.of('FundsReleaseFailed', contractId).length];
  const oneTransfer = async (id: string) => expect((await desk.transfers(id)).length).toBe(1);

  it('files the transfer, follows it until settled and reports FundsReleased once, with the rail’s end-to-end id; the account and CPF sealed at rest', async () => {
    const payload = request();
    const requested = await publish(payload);
    const [released] = await events.waitFor('FundsReleased', payload.contractId);
    const [atRail] = await desk.transfers(payload.disbursementId);
    expect(released.payload).toEqual({
      disbursementId: payload.disbursementId, contractId: payload.contractId, customerId: payload.customerId, purpose: 'LOAN_RELEASE', amount: '10000.00',
      endToEndId: atRail.endToEndId, releasedAt: atRail.settledAt,
    });
    expect(atRail).toMatchObject({ amount: '10000.00', creditor: payload.account, creditorCpf: payload.holderCpf, purpose: 'LOAN_RELEASE', status: 'SETTLED' });
    expect(atRail.endToEndId).toMatch(/^E\d{20}[A-Za-z0-9]{11}$/);
    expect([released.metadata.correlationId, released.metadata.causationId]).toEqual([requested.metadata.correlationId, requested.eventId]);
    const view = await atConnector(payload.disbursementId);
    expect(view).toMatchObject({ status: 'RELEASED', railStatus: 'SETTLED', endToEndId: atRail.endToEndId, filings: 1, account: { kind: 'PIX_KEY' } });
    expect(JSON.stringify(view)).not.toMatch(new RegExp(`${payload.account.kind === 'PIX_KEY' ? payload.account.pixKey : '-'}|${payload.holderCpf}`));
    const [row] = await connector.app.get(DataSource).query('SELECT account, holder_cpf, detail::text AS detail FROM disbursement WHERE id = $1', [payload.disbursementId]);
    expect([row.account, row.holder_cpf]).toEqual([expect.stringMatching(/^pii:v1:/), expect.stringMatching(/^pii:v1:/)]);
    expect(row.detail).not.toContain(payload.holderCpf);
    await settle(400);
    expect(reported(payload.contractId)).toEqual([1, 0]);
    expect((await desk.calls(payload.disbursementId)).CREATE_TRANSFER).toBe(1);
  });

  it('reports the rail’s rejection as FundsReleaseFailed RAIL.<REASON> with its pt-BR message', async () => {
    const payload = request();
    if (payload.account.kind !== 'PIX_KEY') throw new Error('a PIX key');
    await desk.reject(payload.account.pixKey, 'HOLDER_MISMATCH');
    await publish(payload);
    const [failed] = await events.waitFor('FundsReleaseFailed', payload.contractId);
    const [atRail] = await desk.transfers(payload.disbursementId);
    expect(failed.payload).toEqual({
      disbursementId: payload.disbursementId, contractId: payload.contractId, customerId: payload.customerId, purpose: 'LOAN_RELEASE', amount: '10000.00',
      code: 'RAIL.HOLDER_MISMATCH', message: 'O titular da conta de destino não é o CPF informado.', attempts: 1, failedAt: atRail.rejectedAt,
    });
    await settle(300);
    expect(reported(payload.contractId)).toEqual([0, 1]);
  });

  it('files one transfer for a request delivered twice and again under a new event id; a conflicting one is dead-lettered', async () => {
    const payload = request({ account: { kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'CACC' } });
    const requested = await publish(payload);
    await redeliver(requested);
    const again = await publish(payload);
    await events.waitFor('FundsReleased', payload.contractId);
    await consumed(again.eventId);
    const conflicting = await publish({ ...payload, amount: '10000.01' });
    expect(await events.deadLetter(conflicting.eventId)).toContain('DISBURSEMENT.CONFLICT');
    const otherAccount = await publish({ ...payload, account: { kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345679', accountType: 'CACC' } });
    expect(await events.deadLetter(otherAccount.eventId)).toContain('DISBURSEMENT.CONFLICT');
    await settle(400);
    expect(reported(payload.contractId)).toEqual([1, 0]);
    expect((await desk.calls(payload.disbursementId)).CREATE_TRANSFER).toBe(1);
    await oneTransfer(payload.disbursementId);
  });

  it('dead-letters at once a request whose amount is not above zero, filing nothing', async () => {
    const payload = request({ amount: '0.00' });
    const requested = await publish(payload);
    expect(await events.deadLetter(requested.eventId)).toContain('DISBURSEMENT.INVALID_REQUEST');
    expect(await desk.transfers(payload.disbursementId)).toEqual([]);
  });

  it('rides out a failing rail (filing and polls) with backoff: still one transfer and one FundsReleased', async () => {
    const payload = request();
    await desk.script('CREATE_TRANSFER', 3, 503, payload.disbursementId);
    await desk.script('GET_TRANSFER', 2, 500, payload.disbursementId);
    await publish(payload);
    await events.waitFor('FundsReleased', payload.contractId);
    const calls = await desk.calls(payload.disbursementId);
    expect(calls.CREATE_TRANSFER).toBe(4);
    expect(calls.GET_TRANSFER).toBeGreaterThanOrEqual(3);
    await settle(300);
    expect(reported(payload.contractId)).toEqual([1, 0]);
    await oneTransfer(payload.disbursementId);
  });

  it('retries a filing whose answer came too late (the transfer landed): one transfer, one FundsReleased', async () => {
    const payload = request();
    await desk.chaos({ latencyMinMs: 2000, latencyMaxMs: 2000 });
    try {
      await publish(payload);
      await waitFor(async () => ((await atConnector(payload.disbursementId)).lastError?.code === 'RAIL.TIMEOUT' ? true : undefined), { description: 'a filing timed out' });
      await waitFor(async () => ((await desk.transfers(payload.disbursementId)).length === 1 ? true : undefined), { description: 'the late filing landed' });
    } finally {
      await desk.chaos(FAST);
    }
    await events.waitFor('FundsReleased', payload.contractId);
    await settle(400);
    expect(reported(payload.contractId)).toEqual([1, 0]);
    expect((await desk.calls(payload.disbursementId)).CREATE_TRANSFER).toBeGreaterThanOrEqual(2);
    await oneTransfer(payload.disbursementId);
  });

  it('gives up with RAIL.UNAVAILABLE only after RAIL_MAX_ATTEMPTS failed filings and once the rail says it holds no transfer', async () => {
    const payload = request();
    await desk.script('CREATE_TRANSFER', 4, 503, payload.disbursementId);
    await desk.script('GET_TRANSFER', 3, 503, payload.disbursementId);
    await publish(payload);
    await waitFor(async () => ((await atConnector(payload.disbursementId)).status === 'CHECKING' ? true : undefined), { description: 'filing budget spent' });
    expect(reported(payload.contractId)).toEqual([0, 0]);
    const [failed] = await events.waitFor('FundsReleaseFailed', payload.contractId, 1, 20_000);
    expect(failed.payload).toMatchObject({ code: 'RAIL.UNAVAILABLE', attempts: 4, message: expect.stringContaining('nenhum valor foi transferido') });
    expect(await desk.calls(payload.disbursementId)).toEqual({ CREATE_TRANSFER: 4, GET_TRANSFER: 4 });
    expect(await desk.transfers(payload.disbursementId)).toEqual([]);
    await settle(300);
    expect(reported(payload.contractId)).toEqual([0, 1]);
  });

  it('never gives up while the outcome is unknown: every filing landed but timed out, the check finds the transfer and reports FundsReleased', async () => {
    const payload = request();
    await desk.chaos({ latencyMinMs: 2000, latencyMaxMs: 2000 });
    try {
      await publish(payload);
      await waitFor(async () => ((await atConnector(payload.disbursementId)).status === 'CHECKING' ? true : undefined), { description: 'filing budget spent', timeoutMs: 30_000 });
    } finally {
      await desk.chaos(FAST);
    }
    await events.waitFor('FundsReleased', payload.contractId, 1, 20_000);
    await settle(300);
    expect(reported(payload.contractId)).toEqual([1, 0]);
    expect((await desk.calls(payload.disbursementId)).CREATE_TRANSFER).toBe(4);
    await oneTransfer(payload.disbursementId);
  }, 90_000);

  it('exports a released transfer with its account opened to the privacy office, and an erasure nulls the account and the CPF (R-SEC-3)', async () => {
    const payload = request();
    await publish(payload);
    await events.waitFor('FundsReleased', payload.contractId);
    const officer = bearer(await testIdentity().clientToken('privacy-office'));
    const exported = async () => ((await (await fetch(`${connector.baseUrl}/v1/personal-data/${payload.customerId}`, { headers: officer })).json()) as any).records.disbursements;
    expect(await exported()).toEqual([expect.objectContaining({ disbursementId: payload.disbursementId, account: payload.account, holderCpf: payload.holderCpf, status: 'RELEASED', endToEndId: expect.stringMatching(/^E\d{8}/) })]);
    const anonymize: PayloadOf<'DataSubjectErasureDecided'> = { requestId: randomUUID(), customerId: payload.customerId, origin: 'PRIVACY_OFFICER', decision: 'ANONYMIZE', proposalIds: [], contractIds: [payload.contractId], decidedAt: new Date().toISOString() };
    await publishEvent(producer, ns, 'DataSubjectErasureDecided', anonymize);
    const db = connector.app.get(DataSource);
    await waitFor(async () => ((await db.query('SELECT account FROM disbursement WHERE id = $1', [payload.disbursementId]))[0]?.account === null ? true : undefined), { description: 'account erased' });
    expect(await db.query('SELECT holder_cpf, status FROM disbursement WHERE id = $1', [payload.disbursementId])).toEqual([{ holder_cpf: null, status: 'RELEASED' }]);
    const [after] = await exported();
    expect([after.account, after.holderCpf, after.amount, after.endToEndId !== undefined]).toEqual([undefined, undefined, payload.amount, true]);
    expect((await atConnector(payload.disbursementId)).status).toBe('RELEASED');
  });

  it('survives a worker killed after the rail took the transfer and before its answer was recorded: one transfer, one FundsReleased (last: replaces the connector)', async () => {
    const payload = request();
    const schema = connector.config.DATABASE_SCHEMA;
    const db = new Client({ connectionString: testEndpoints().databaseUrl });
    await db.connect();
    try {
      // The filing is slow at the rail: time to hold the row before the worker records the answer.
      await desk.chaos({ latencyMinMs: 1000, latencyMaxMs: 1000 });
      await publish(payload);
      await waitFor(async () => ((await db.query(`SELECT 1 FROM "${schema}".disbursement WHERE id = $1 AND lease_token IS NOT NULL`, [payload.disbursementId])).rowCount ? true : undefined), { description: 'filing claimed' });
      await db.query('BEGIN');
      await db.query(`SELECT 1 FROM "${schema}".disbursement WHERE id = $1 FOR UPDATE`, [payload.disbursementId]);
      await waitFor(async () => ((await desk.transfers(payload.disbursementId)).length === 1 ? true : undefined), { description: 'filed at the rail' });
      // The worker's recording (and its lease renewal) now wait on the row.
      const waiting = await waitFor(async () => {
        const rows = (await db.query(`SELECT pid, query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND query ILIKE '%disbursement%' AND pid <> pg_backend_pid()`)).rows as Array<{ pid: number; query: string }>;
        return rows.some((r) => /FOR UPDATE/i.test(r.query)) ? rows.map((r) => r.pid) : undefined;
      }, { description: 'the worker waiting to record the answer' });
      // The worker dies with the rail's answer in hand: its connections are gone, its lease stays until it lapses.
      for (const pid of waiting) await db.query('SELECT pg_terminate_backend($1)', [pid]);
      await db.query('ROLLBACK');
      await desk.chaos(FAST);
      await connector.app.close();
      expect(reported(payload.contractId)).toEqual([0, 0]);
      connector = await start({ DATABASE_SCHEMA: schema });
      await events.waitFor('FundsReleased', payload.contractId, 1, 30_000);
      await settle(500);
      expect(reported(payload.contractId)).toEqual([1, 0]);
      expect((await desk.calls(payload.disbursementId)).CREATE_TRANSFER).toBe(2);
      await oneTransfer(payload.disbursementId);
    } finally {
      await desk.chaos(FAST);
      await db.end();
    }
  });
});
