import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { generateCpf } from '@consignado/auth';
import { createEnvelope, type EventType, examplePayload, type PayloadOf } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { bearer, publishEvent, startTestService, testEndpoints, testIdentity, testKafka, uniqueName, waitFor, type TestService } from '@consignado/testing';
import { type DataprevMockConfig, startDataprevMock } from './dataprev-support';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { TypeOrmMarginCheckRepository } from '../src/modules/margin-check/database/margin-check.repository';
import { MarginCheck } from '../src/modules/margin-check/domain/margin-check';
import { freshBenefit } from './support';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const TABLES = ['margin_check', 'averbation', 'averbation_alteration', 'portability_in'];

/** R-SEC-3 on the real stack: a customer's export (opened, audited, their own only), then loan's erasure decision applied once. */
describe('averbation-connector data-subject requests', () => {
  const identity = testIdentity();
  const redis = new Redis(testEndpoints().redisUrl);
  let mock: TestService<DataprevMockConfig>;
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;
  let ns: string;
  let db: DataSource;

  beforeAll(async () => {
    mock = await startDataprevMock({ DATAPREV_LATENCY_MAX_MS: '20', DATAPREV_CHAOS_SEED: '7' });
    ns = uniqueName('it-av-lgpd');
    const env = {
      DATAPREV_URL: mock.baseUrl, REDIS_URL: testEndpoints().redisUrl, REDIS_KEY_PREFIX: ns, WORKER_POLL_INTERVAL_MS: '50',
      // No exchange: a portability request fails at once (EXCHANGE_UNAVAILABLE), the feed is never read.
      CTC_URL: 'http://127.0.0.1:9', CTC_MAX_ATTEMPTS: '1', CTC_TIMEOUT_MS: '500', CTC_FEED_POLL_INTERVAL_MS: '600000',
    };
    connector = await startTestService({ service: 'averbation-connector', config: AverbationConnectorConfig, module: (c) => AppModule.register(c), namespace: ns, env });
    db = connector.app.get(DataSource);
    producer = testKafka().producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await connector?.close();
    await mock?.close().catch(() => undefined);
    const keys = await redis.keys(`${ns}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, ns, type, payload);
  const consumed = (eventId: string) =>
    waitFor(async () => ((await db.query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0 || undefined, { description: `event ${eventId} consumed` });
  const statusOf = (table: string, column: string, id: string) => waitFor(async () => (await db.query(`SELECT status FROM ${table} WHERE ${column} = $1`, [id]))[0]?.status as string | undefined, { description: `${table} ${id}` });
  const settled = (table: string, column: string, id: string, statuses: string[]) => waitFor(async () => (statuses.includes((await statusOf(table, column, id)) ?? '') ? true : undefined), { timeoutMs: 30_000, description: `${table} ${id} in ${statuses}` });
  /** Every row of the connector's personal tables, as JSON text. */
  const rows = async () => (await Promise.all(TABLES.map((t) => db.query(`SELECT row_to_json(x)::text AS r FROM ${t} x ORDER BY 1`)))).flat().map((x: { r: string }) => x.r);
  const exportOf = async (customerId: string, headers: Record<string, string>) => {
    const res = await fetch(`${connector.baseUrl}/v1/personal-data/${customerId}`, { headers });
    return { status: res.status, body: (await res.json()) as any };
  };
  const officer = async () => bearer(await identity.clientToken('privacy-office'));

  /** A customer signed in to the digital app, with a margin check, a registered averbation and a failed portability here. */
  async function customerWithHistory() {
    const session = await identity.customerSession(generateCpf());
    const customerId = session.accountId;
    const cpf = generateCpf();
    const benefitNumber = freshBenefit();
    const [proposalId, portabilityProposal, legacyProposal, contractId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await publish('AverbationRequested', { ...examplePayload('AverbationRequested'), contractId, proposalId, customerId, cpf, benefitNumber, installmentAmount: '50.00' });
    await publish('PortabilityBalanceRequested', { ...examplePayload('PortabilityBalanceRequested'), proposalId: portabilityProposal, customerId, cpf, benefitNumber });
    await settled('averbation', 'contract_id', contractId, ['REGISTERED']);
    await settled('portability_in', 'proposal_id', portabilityProposal, ['REQUEST_FAILED']);
    // After the registration (which drops the benefit's cached margin), so the answer stays cached.
    await publish('MarginCheckRequested', { proposalId, customerId, cpf, benefitNumber });
    await settled('margin_check', 'proposal_id', proposalId, ['CHECKED']);
    // A check requested before MarginCheckRequested named the customer (answered from the cache: no row), and one answered by Dataprev: found only by its proposal.
    await publish('MarginCheckRequested', { proposalId: legacyProposal, cpf, benefitNumber: freshBenefit() });
    await settled('margin_check', 'proposal_id', legacyProposal, ['CHECKED']);
    return { customerId, headers: bearer(session.accessToken), cpf, benefitNumber, proposalIds: [proposalId, portabilityProposal, legacyProposal], contractId };
  }
  type Customer = Awaited<ReturnType<typeof customerWithHistory>>;
  const decision = (c: Pick<Customer, 'customerId' | 'proposalIds' | 'contractId'>, over: Partial<PayloadOf<'DataSubjectErasureDecided'>> = {}): PayloadOf<'DataSubjectErasureDecided'> => ({
    requestId: randomUUID(), customerId: c.customerId, origin: 'PRIVACY_OFFICER', decision: 'ANONYMIZE', proposalIds: c.proposalIds, contractIds: [c.contractId], decidedAt: new Date().toISOString(), ...over,
  });
  const ledger = async (customerId: string) => (await db.query(`SELECT request_id, rows FROM personal_data_erasure WHERE customer_id = $1`, [customerId])) as Array<{ request_id: string; rows: Record<string, number> }>;
  const cacheKey = (benefitNumber: string) => `${ns}:margin:${cipher.lookup(benefitNumber)}`;

  let ana: Customer;

  beforeAll(async () => {
    ana = await customerWithHistory();
  }, 90_000);

  it('exports what the connector holds on the customer, opened, to the privacy officer and to the customer; nothing of it in clear at rest or in Redis', async () => {
    const { status, body } = await exportOf(ana.customerId, await officer());
    expect(status).toBe(200);
    expect(body).toMatchObject({ service: 'averbation-connector', customerId: ana.customerId, erasures: [] });
    expect(body.records.marginChecks).toEqual([expect.objectContaining({ proposalId: ana.proposalIds[0], benefitNumber: ana.benefitNumber, status: 'CHECKED' })]);
    expect(body.records.averbations).toEqual([expect.objectContaining({ contractId: ana.contractId, benefitNumber: ana.benefitNumber, cpf: ana.cpf, status: 'REGISTERED', protocol: expect.stringMatching(/^DTP-/) })]);
    expect(body.records.portabilities).toEqual([expect.objectContaining({ direction: 'IN', proposalId: ana.proposalIds[1], status: 'REQUEST_FAILED' })]);
    expect(await exportOf(ana.customerId, ana.headers)).toMatchObject({ status: 200, body: { customerId: ana.customerId, records: { averbations: [expect.objectContaining({ cpf: ana.cpf })] } } });
    expect((await rows()).filter((r) => r.includes(ana.cpf) || r.includes(ana.benefitNumber))).toEqual([]);
    expect(await redis.exists(cacheKey(ana.benefitNumber))).toBe(1);
    expect((await redis.keys(`${ns}:*`)).join(' ')).not.toContain(ana.benefitNumber);
  });

  it("answers another customer's export with 404 PERSONAL_DATA.NOT_FOUND, a customer it never saw with empty lists, a bad id with 400; and audits the reads", async () => {
    const stranger = await identity.customerSession(generateCpf());
    expect(await exportOf(ana.customerId, bearer(stranger.accessToken))).toMatchObject({ status: 404, body: { code: 'PERSONAL_DATA.NOT_FOUND', detail: 'Titular não encontrado' } });
    const unknown = randomUUID();
    expect(await exportOf(unknown, await officer())).toMatchObject({ status: 200, body: { customerId: unknown, records: { marginChecks: [], averbations: [], averbationAlterations: [], portabilities: [] }, erasures: [] } });
    expect(await exportOf('not-a-uuid', await officer())).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID_BODY' } });
    expect((await exportOf(ana.customerId, bearer(await identity.clientToken('servicing-ops')))).body.code).toBe('AUTH.INSUFFICIENT_SCOPE');
    const audit = await fetch(`${connector.baseUrl}/v1/admin/audit?action=personal-data.export`, { headers: bearer(await identity.clientToken('servicing-ops')) });
    const trail = ((await audit.json()) as { items: Array<{ actor: string; path: string; outcome: string }> }).items;
    expect(trail).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: 'privacy-office', path: `/v1/personal-data/${ana.customerId}`, outcome: 'OK' }),
      expect.objectContaining({ actor: ana.customerId, path: `/v1/personal-data/${ana.customerId}`, outcome: 'OK' }),
      expect.objectContaining({ actor: stranger.accountId, outcome: 'PERSONAL_DATA.NOT_FOUND' }),
    ]));
  });

  it('RETAIN changes nothing', async () => {
    const before = await rows();
    await consumed((await publish('DataSubjectErasureDecided', decision(ana, { decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE' }))).eventId);
    expect(await rows()).toEqual(before);
    expect(await ledger(ana.customerId)).toEqual([]);
  });

  it('ANONYMIZE nulls every benefit number and CPF of the customer (by customer, proposal or contract), drops the cached margin, and the export shows the erasure and nothing personal', async () => {
    const applied = decision(ana);
    await consumed((await publish('DataSubjectErasureDecided', applied)).eventId);
    const left = await db.query(
      `SELECT 'margin_check' AS t, benefit_number AS b, request::text AS r FROM margin_check WHERE proposal_id = ANY($1::uuid[])
       UNION ALL SELECT 'averbation', benefit_number, request::text FROM averbation WHERE contract_id = $2
       UNION ALL SELECT 'portability_in', cpf, NULL FROM portability_in WHERE proposal_id = ANY($1::uuid[])`,
      [ana.proposalIds, ana.contractId],
    );
    expect(left.map((r: { t: string; b: string | null }) => [r.t, r.b])).toEqual([['margin_check', null], ['margin_check', null], ['averbation', null], ['portability_in', null]]);
    const request = JSON.parse(left.find((r: { t: string }) => r.t === 'averbation').r);
    expect([request.payload.cpf, request.payload.benefitNumber, request.payload.contractId, request.payload.installmentAmount]).toEqual([undefined, undefined, ana.contractId, '50.00']);
    expect(await ledger(ana.customerId)).toEqual([{ request_id: applied.requestId, rows: { margin_check: 2, averbation: 1, averbation_alteration: 0, portability_in: 1, disbursement: 0 } }]);
    expect(await redis.exists(cacheKey(ana.benefitNumber))).toBe(0);

    const { body } = await exportOf(ana.customerId, await officer());
    expect(body.erasures).toEqual([expect.objectContaining({ requestId: applied.requestId, origin: 'PRIVACY_OFFICER', rows: { margin_check: 2, averbation: 1, averbation_alteration: 0, portability_in: 1, disbursement: 0 } })]);
    expect(body.records.averbations).toEqual([expect.objectContaining({ contractId: ana.contractId, status: 'REGISTERED', installmentAmount: '50.00' })]);
    expect(body.records.averbations[0]).not.toHaveProperty('benefitNumber');
    expect(JSON.stringify(body)).not.toMatch(new RegExp(`${ana.cpf}|${ana.benefitNumber}`));
  });

  it('is idempotent: the decision again (another delivery of the same request) changes nothing', async () => {
    const [{ request_id: requestId }] = await ledger(ana.customerId);
    const before = await rows();
    await consumed((await publish('DataSubjectErasureDecided', decision(ana, { requestId }))).eventId);
    expect(await rows()).toEqual(before);
    expect(await ledger(ana.customerId)).toHaveLength(1);
  });

  it('leaves a row still waiting for Dataprev as it is, counted in the ledger, without failing the event', async () => {
    const customerId = randomUUID();
    const request = createEnvelope('MarginCheckRequested', { payload: { proposalId: randomUUID(), customerId, cpf: generateCpf(), benefitNumber: freshBenefit() } });
    // Due in an hour: the worker leaves it alone while the test runs.
    await db.transaction((m) => new TypeOrmMarginCheckRepository(db, cipher).insert(m, MarginCheck.requested(randomUUID(), request, new Date(Date.now() + 3_600_000))));
    const before = await rows();
    const applied = decision({ customerId, proposalIds: [], contractId: randomUUID() });
    await consumed((await publish('DataSubjectErasureDecided', applied)).eventId);
    expect(await rows()).toEqual(before);
    expect((await ledger(customerId))[0].rows).toEqual({ margin_check: 0, 'margin_check.in_progress': 1, averbation: 0, averbation_alteration: 0, portability_in: 0, disbursement: 0 });
  });
});
