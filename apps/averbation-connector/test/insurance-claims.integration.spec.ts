import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { examplePayload, namespacedTopicFor, type PayloadOf } from '@consignado/contracts';
import { bearer, type Published, publishEvent, startTestService, testEndpoints, testIdentity, testKafka, uniqueName, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { INSURER_KEY, insurerDesk, newPolicy, startInsurer } from './insurer-support';
import { EventLog } from './support';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Credit-life claims (R-LN-8) on the real Kafka and PostgreSQL, against the real mock insurer over HTTP. */
describe('insurance claims, through the insurer', () => {
  const kafka = testKafka();
  let insurer: TestService<any>;
  let desk: ReturnType<typeof insurerDesk>;
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;
  let events: EventLog;
  let ns: string;

  const connectorEnv = (): Record<string, string> => ({
    DATAPREV_URL: 'http://127.0.0.1:9',
    CTC_URL: 'http://127.0.0.1:9',
    REDIS_URL: testEndpoints().redisUrl,
    REDIS_KEY_PREFIX: ns,
    INSURER_URL: insurer.baseUrl,
    INSURER_API_KEY: INSURER_KEY,
    INSURER_TIMEOUT_MS: '2500',
    INSURER_POLL_INTERVAL_MS: '100',
    INSURER_BACKOFF_BASE_MS: '50',
    INSURER_BACKOFF_MAX_MS: '200',
    WORKER_POLL_INTERVAL_MS: '50',
    JOB_LEASE_MS: '3000',
  });
  const start = (env: Record<string, string> = {}) =>
    startTestService({ service: 'averbation-connector', config: AverbationConnectorConfig, module: (c) => AppModule.register(c), namespace: ns, env: { ...connectorEnv(), ...env } });

  beforeAll(async () => {
    insurer = await startInsurer();
    desk = insurerDesk(insurer.baseUrl);
    ns = uniqueName('it-ins');
    connector = await start();
    producer = kafka.producer();
    await producer.connect();
    events = new EventLog(kafka, ns);
    await events.start(['InsuranceClaimPaid', 'InsuranceClaimDenied']);
  });

  afterAll(async () => {
    await events?.stop();
    await producer?.disconnect();
    await connector?.close();
    await insurer?.close();
  });

  const request = (change: Partial<PayloadOf<'InsuranceClaimRequested'>> = {}): PayloadOf<'InsuranceClaimRequested'> => ({
    ...examplePayload('InsuranceClaimRequested'), contractId: randomUUID(), customerId: randomUUID(), claimId: randomUUID(), policyNumber: newPolicy(), ...change,
  });
  const publish = (payload: PayloadOf<'InsuranceClaimRequested'>) => publishEvent(producer, ns, 'InsuranceClaimRequested', payload);
  /** The very same record again (same event id), as Kafka redelivers it. */
  const redeliver = ({ partition: _partition, ...envelope }: Published<'InsuranceClaimRequested'>) =>
    producer.send({ topic: namespacedTopicFor('InsuranceClaimRequested', ns), messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }] });
  const consumed = (eventId: string) =>
    waitFor(async () => ((await connector.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });
  /** GET /v1/insurance-claims/{claimId} as servicing operations (back office). */
  const claimAtConnector = async (claimId: string) => (await fetch(`${connector.baseUrl}/v1/insurance-claims/${claimId}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) })).json() as Promise<any>;
  const reported = (contractId: string) => [events.of('InsuranceClaimPaid', contractId).length, events.of('InsuranceClaimDenied', contractId).length];

  it('files the claim, follows it while under review and reports InsuranceClaimPaid once, with the insurer’s number and amount', async () => {
    const payload = request();
    const requested = await publish(payload);
    const [paid] = await events.waitFor('InsuranceClaimPaid', payload.contractId);
    const [atInsurer] = await desk.claims(`claimId=${payload.claimId}`);
    expect(paid.payload).toEqual({
      contractId: payload.contractId, claimId: payload.claimId, policyNumber: payload.policyNumber, insurerClaimNumber: atInsurer.insurerClaimNumber,
      amount: '8214.33', coverageDate: '2026-05-04', paidAt: atInsurer.paidAt,
    });
    expect(atInsurer).toMatchObject({ contractId: payload.contractId, policyNumber: payload.policyNumber, cause: 'DEATH', coverageDate: '2026-05-04', coverageAmount: '8214.33', status: 'PAID' });
    expect([paid.metadata.correlationId, paid.metadata.causationId]).toEqual([requested.metadata.correlationId, requested.eventId]);
    expect(await claimAtConnector(payload.claimId)).toMatchObject({ status: 'PAID', insurerClaimNumber: atInsurer.insurerClaimNumber, insurerStatus: 'PAID', paidAmount: '8214.33', insurer: 'Seguradora Modelo S.A.' });
    await settle(500);
    expect(reported(payload.contractId)).toEqual([1, 0]);
    expect((await desk.calls(payload.claimId)).FILE_CLAIM).toBe(1);
  });

  it('reports the insurer’s denial with its reason, pt-BR message and number', async () => {
    const payload = request();
    await desk.deny(payload.policyNumber, 'EXCLUDED_CAUSE');
    await publish(payload);
    const [denied] = await events.waitFor('InsuranceClaimDenied', payload.contractId);
    const [atInsurer] = await desk.claims(`claimId=${payload.claimId}`);
    expect(denied.payload).toEqual({
      contractId: payload.contractId, claimId: payload.claimId, policyNumber: payload.policyNumber, insurerClaimNumber: atInsurer.insurerClaimNumber,
      reason: 'EXCLUDED_CAUSE', message: 'O sinistro decorre de causa excluída pela apólice.', deniedAt: atInsurer.deniedAt,
    });
    await settle(300);
    expect(reported(payload.contractId)).toEqual([0, 1]);
  });

  it('denies a claim the insurer will not take (4xx) with its code: a second claim on a policy already claimed', async () => {
    const first = request();
    await publish(first);
    await events.waitFor('InsuranceClaimPaid', first.contractId);
    const second = request({ policyNumber: first.policyNumber });
    await publish(second);
    const [denied] = await events.waitFor('InsuranceClaimDenied', second.contractId);
    expect(denied.payload).toMatchObject({ claimId: second.claimId, reason: 'POLICY_ALREADY_CLAIMED', message: expect.stringContaining(first.policyNumber) });
    expect(denied.payload.insurerClaimNumber).toBeUndefined();
    expect((await desk.claims(`policyNumber=${first.policyNumber}`)).map((c) => c.claimId)).toEqual([first.claimId]);
  });

  it('files one claim for a request delivered twice and again under a new event id; a conflicting one is dead-lettered', async () => {
    const payload = request();
    const requested = await publish(payload);
    await redeliver(requested);
    const again = await publish(payload);
    await events.waitFor('InsuranceClaimPaid', payload.contractId);
    await consumed(again.eventId);
    const conflicting = await publish({ ...payload, coverageAmount: '9000.00' });
    expect(await events.deadLetter(conflicting.eventId)).toContain('INSURANCE.CLAIM_CONFLICT');
    await settle(500);
    expect(reported(payload.contractId)).toEqual([1, 0]);
    expect([(await desk.calls(payload.claimId)).FILE_CLAIM, (await desk.claims(`contractId=${payload.contractId}`)).length]).toEqual([1, 1]);
  });

  it('dead-letters at once a request whose coverage is not above zero, filing nothing', async () => {
    const payload = request({ coverageAmount: '0.00' });
    const requested = await publish(payload);
    expect(await events.deadLetter(requested.eventId)).toContain('INSURANCE.INVALID_REQUEST');
    expect(await desk.claims(`claimId=${payload.claimId}`)).toEqual([]);
  });

  it('rides out a failing insurer (filing and polls) with backoff: still one claim and one InsuranceClaimPaid', async () => {
    const payload = request();
    await desk.script('FILE_CLAIM', 3, 503, payload.claimId);
    await desk.script('GET_CLAIM', 2, 500, payload.claimId);
    await publish(payload);
    await events.waitFor('InsuranceClaimPaid', payload.contractId);
    const calls = await desk.calls(payload.claimId);
    expect(calls.FILE_CLAIM).toBe(4);
    expect(calls.GET_CLAIM).toBeGreaterThanOrEqual(3);
    await settle(300);
    expect([reported(payload.contractId), (await desk.claims(`claimId=${payload.claimId}`)).length]).toEqual([[1, 0], 1]);
  });

  it('waits out an insurer that is down, and retries a filing that timed out after landing: one claim, one InsuranceClaimPaid', async () => {
    const down = request();
    await desk.chaos({ unavailable: true });
    try {
      await publish(down);
      await waitFor(async () => ((await claimAtConnector(down.claimId)).attempts >= 3 ? true : undefined), { description: 'filing retried while the insurer is down' });
      expect(await claimAtConnector(down.claimId)).toMatchObject({ status: 'FILING', lastError: { code: 'INSURER.UNAVAILABLE' } });
      expect(await desk.claims(`claimId=${down.claimId}`)).toEqual([]);
    } finally {
      await desk.chaos({ unavailable: false });
    }
    await events.waitFor('InsuranceClaimPaid', down.contractId);
    // What a filing whose answer was lost leaves behind: the insurer has the claim, the connector does not know it.
    const landed = request();
    expect((await desk.file({ claimId: landed.claimId, contractId: landed.contractId, policyNumber: landed.policyNumber, cause: 'DEATH', coverageDate: landed.coverageDate, coverageAmount: landed.coverageAmount })).status).toBe(201);
    await publish(landed);
    await events.waitFor('InsuranceClaimPaid', landed.contractId);
    await settle(300);
    expect([reported(down.contractId), reported(landed.contractId)]).toEqual([[1, 0], [1, 0]]);
    expect([(await desk.calls(landed.claimId)).FILE_CLAIM, (await desk.claims(`claimId=${landed.claimId}`)).length]).toEqual([2, 1]);
  });

  it('survives a worker killed after the insurer took the filing and before its answer was recorded: one claim, one InsuranceClaimPaid (last: replaces the connector)', async () => {
    const payload = request();
    const schema = connector.config.DATABASE_SCHEMA;
    const db = new Client({ connectionString: testEndpoints().databaseUrl });
    await db.connect();
    try {
      // The filing is slow at the insurer: time to hold the claim's row before the worker records the answer.
      await desk.chaos({ latencyMinMs: 1500, latencyMaxMs: 1500 });
      await publish(payload);
      await waitFor(async () => ((await db.query(`SELECT 1 FROM "${schema}".insurance_claim WHERE id = $1 AND lease_token IS NOT NULL`, [payload.claimId])).rowCount ? true : undefined), { description: 'filing claimed' });
      await db.query('BEGIN');
      await db.query(`SELECT 1 FROM "${schema}".insurance_claim WHERE id = $1 FOR UPDATE`, [payload.claimId]);
      await waitFor(async () => ((await desk.claims(`claimId=${payload.claimId}`)).length === 1 ? true : undefined), { description: 'filed at the insurer' });
      // The worker's recording (and its lease renewal) now wait on the row.
      const waiting = await waitFor(async () => {
        const rows = (await db.query(`SELECT pid, query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND query ILIKE '%insurance_claim%' AND pid <> pg_backend_pid()`)).rows as Array<{ pid: number; query: string }>;
        return rows.some((r) => /FOR UPDATE/i.test(r.query)) ? rows.map((r) => r.pid) : undefined;
      }, { description: 'the worker waiting to record the answer' });
      // The worker dies with the insurer's answer in hand: its connections are gone, its lease stays until it lapses.
      for (const pid of waiting) await db.query('SELECT pg_terminate_backend($1)', [pid]);
      await db.query('ROLLBACK');
      await desk.chaos({ latencyMinMs: 0, latencyMaxMs: 20 });
      await connector.app.close();
      expect(reported(payload.contractId)).toEqual([0, 0]);
      connector = await start({ DATABASE_SCHEMA: schema });
      await events.waitFor('InsuranceClaimPaid', payload.contractId, 1, 30_000);
      await settle(500);
      expect(reported(payload.contractId)).toEqual([1, 0]);
      expect([(await desk.calls(payload.claimId)).FILE_CLAIM, (await desk.claims(`claimId=${payload.claimId}`)).length]).toEqual([2, 1]);
    } finally {
      await desk.chaos({ latencyMinMs: 0, latencyMaxMs: 20 });
      await db.end();
    }
  });
});
