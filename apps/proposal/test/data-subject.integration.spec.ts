import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { testIdentity, testKafka, waitFor } from '@consignado/testing';
import { api, countRows, inssProposal, type Json, publish, retiree, type Service, setClock, startProposalService, Tap, topicOf } from './support';

const TABLES = ['erasure_request', 'personal_data_erasure'];

/** LGPD data-subject requests in proposal (R-SEC-3): erasure through loan's decision, retention, export. */
describe('data-subject requests on the real stack', () => {
  let service: Service;
  let producer: Producer;
  let loanSection: Server;
  const forwarded: string[] = [];
  const kafka = testKafka();
  const tap = new Tap(kafka);
  const identity = testIdentity();

  beforeAll(async () => {
    // Stands in for loan's `GET /v1/personal-data/{id}`: records the token it was asked with.
    loanSection = createServer((req, res) => {
      forwarded.push(req.headers.authorization ?? '');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ service: 'loan', customerId: req.url?.split('/').pop(), records: { contracts: [] }, erasures: [] }));
    });
    await new Promise<void>((resolve) => loanSection.listen(0, '127.0.0.1', resolve));
    const loanUrl = `http://127.0.0.1:${(loanSection.address() as AddressInfo).port}`;
    service = await startProposalService({ PERSONAL_DATA_SOURCES: `loan=${loanUrl}` });
    producer = kafka.producer();
    await producer.connect();
    await tap.start([topicOf(service, 'DataSubjectErasureRequested')]);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await tap.stop();
    await service?.close();
    await new Promise((resolve) => loanSection?.close(resolve));
  });

  const call = async (token: string, method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> => {
    const res = await fetch(`${service.baseUrl}/v1/${path}`, { method, headers: { authorization: `Bearer ${token}`, ...headers } });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const officer = () => identity.clientToken('privacy-office');

  /** A DIGITAL customer with one proposal, cancelled (nothing in progress) unless told otherwise. */
  async function customerWithProposal(cancel = true) {
    const app = api(service, 'digital');
    const customerId = (await app.post('customers', retiree({ cpf: app.cpf }))).body.id as string;
    const proposalId = (await app.post('proposals', inssProposal(customerId))).body.id as string;
    if (cancel) expect((await app.post(`proposals/${proposalId}/cancel`, {})).status).toBe(200);
    return { app, customerId, proposalId, token: (await app.token()) as string };
  }

  const decide = (request: Json, decision: 'ANONYMIZE' | 'RETAIN', extra: object = {}) =>
    publish(producer, service, 'DataSubjectErasureDecided', {
      requestId: request.requestId, customerId: request.customerId, origin: request.origin, decision, proposalIds: request.proposalIds, contractIds: [], decidedAt: new Date().toISOString(), ...extra,
    });
  const stateOf = (token: string, request: Json, state: string) =>
    waitFor(async () => {
      const reply = await call(token, 'GET', `customers/${request.customerId}/personal-data/erasure-requests/${request.requestId}`);
      return reply.body?.state === state ? reply.body : undefined;
    }, { description: `erasure request ${state}` });

  it('refuses while a proposal is in progress, writing nothing and sending nothing', async () => {
    const { customerId, proposalId, token } = await customerWithProposal(false);
    const before = await countRows(service, TABLES);
    const reply = await call(token, 'POST', `customers/${customerId}/personal-data/erasure-requests`);
    expect(reply).toMatchObject({ status: 422, body: { code: 'PERSONAL_DATA.PROPOSAL_IN_PROGRESS', details: { proposalIds: [proposalId] } } });
    expect(await countRows(service, TABLES)).toEqual(before);
    expect(tap.all(topicOf(service, 'DataSubjectErasureRequested'), (e) => e.payload.customerId === customerId)).toEqual([]);
  });

  it("the customer's own request: loan is asked, ANONYMIZE anonymizes them once, and only them", async () => {
    const { customerId, proposalId, token, app } = await customerWithProposal();
    const other = await customerWithProposal();
    expect((await call(other.token, 'POST', `customers/${customerId}/personal-data/erasure-requests`)).body.code).toBe('PERSONAL_DATA.NOT_FOUND');
    const opened = await call(token, 'POST', `customers/${customerId}/personal-data/erasure-requests`, { 'Idempotency-Key': randomUUID() });
    expect(opened).toMatchObject({ status: 202, body: { customerId, origin: 'DATA_SUBJECT', state: 'PENDING', proposalIds: [proposalId] } });
    // Asked again while pending: the same request, no second event.
    expect((await call(token, 'POST', `customers/${customerId}/personal-data/erasure-requests`)).body.requestId).toBe(opened.body.requestId);
    const event = await tap.find(topicOf(service, 'DataSubjectErasureRequested'), (e) => e.payload.customerId === customerId);
    expect([event.key, event.value.payload]).toEqual([customerId, { requestId: opened.body.requestId, customerId, origin: 'DATA_SUBJECT', proposalIds: [proposalId], requestedAt: opened.body.requestedAt }]);

    const decision = await decide(opened.body, 'ANONYMIZE');
    await stateOf(token, opened.body, 'ANONYMIZED');
    // The same decision again under another event id (a producer retry the inbox cannot see): applied once.
    const again = randomUUID();
    await producer.send({ topic: topicOf(service, 'DataSubjectErasureDecided'), messages: [{ key: customerId, value: JSON.stringify({ ...decision, eventId: again }) }] });
    await waitFor(async () => (await sql(`SELECT 1 FROM inbox WHERE event_id = $1`, [again])).length === 1 || undefined, { description: 'the repeated decision consumed' });
    const rows = await sql(`SELECT status, cpf, cpf_hash, name, birth_date, monthly_income, email, (SELECT count(*)::int FROM personal_data_erasure WHERE customer_id = c.id) AS erasures FROM customer c WHERE id = $1`, [customerId]);
    expect(rows).toEqual([{ status: 'ANONYMIZED', cpf: null, cpf_hash: null, name: null, birth_date: null, monthly_income: null, email: null, erasures: 1 }]);
    expect((await app.get(`customers/${customerId}`)).status).toBe(404);
    // Her login at the identity provider is gone too: the CPF signs up again, as a new account.
    expect(await identity.signUp(app.cpf, 'nova-senha-forte-1')).not.toBe(customerId);
    expect((await sql(`SELECT status FROM customer WHERE id = $1`, [other.customerId]))[0].status).toBe('ACTIVE');
    const section = await call(await officer(), 'GET', `personal-data/${customerId}`);
    expect(section.body.records.customer).toEqual([{ id: customerId, status: 'ANONYMIZED', anonymizedAt: expect.any(String) }]);
    expect(section.body.erasures).toEqual([expect.objectContaining({ requestId: opened.body.requestId, origin: 'DATA_SUBJECT' })]);
    expect(JSON.stringify(section.body)).not.toContain('Maria da Silva');
    expect((await call(token, 'POST', `customers/${customerId}/personal-data/erasure-requests`)).body.code).toBe('PERSONAL_DATA.ALREADY_ANONYMIZED');
  });

  it('RETAIN (a contract obliges it): the request closes RETAINED with the reason, and the customer is untouched', async () => {
    const { customerId } = await customerWithProposal();
    const opened = await call(await officer(), 'POST', `customers/${customerId}/personal-data/erasure-requests`);
    expect(opened.body).toMatchObject({ origin: 'PRIVACY_OFFICER', state: 'PENDING' });
    await decide(opened.body, 'RETAIN', { reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil: '2036-03-10', contractIds: [randomUUID()] });
    expect(await stateOf(await officer(), opened.body, 'RETAINED')).toMatchObject({ reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil: '2036-03-10' });
    expect((await sql(`SELECT status, name IS NOT NULL AS named FROM customer WHERE id = $1`, [customerId]))[0]).toEqual({ status: 'ACTIVE', named: true });
  });

  it('the retention job asks for customers quiet for longer than the period, once', async () => {
    const quiet = await customerWithProposal();
    setClock(service, new Date(Date.now() + 1826 * 86_400_000).toISOString());
    try {
      const fresh = await customerWithProposal();
      await sql(`UPDATE customer SET created_at = now() + interval '1826 days' WHERE id = $1`, [fresh.customerId]);
      await sql(`UPDATE proposal SET updated_at = now() + interval '1826 days' WHERE customer_id = $1`, [fresh.customerId]);
      const run = await call(await officer(), 'POST', 'admin/jobs/personal-data-retention/run');
      expect(run.status).toBe(200);
      const opened = await sql(`SELECT id, customer_id, origin FROM erasure_request WHERE id = ANY($1::uuid[])`, [run.body.opened]);
      expect(opened).toContainEqual({ id: expect.any(String), customer_id: quiet.customerId, origin: 'RETENTION' });
      expect(opened.map((r: Json) => r.customer_id)).not.toContain(fresh.customerId);
      const again = await call(await officer(), 'POST', 'admin/jobs/personal-data-retention/run');
      expect(again.body.opened).toEqual([]);
      expect((await call(quiet.token, 'POST', 'admin/jobs/personal-data-retention/run')).body.code).toBe('AUTH.ROLE_REQUIRED');
    } finally {
      jest.restoreAllMocks();
    }
  });

  it("the export gathers every service's section with the caller's own token, and refuses a partial one", async () => {
    const { customerId, token } = await customerWithProposal();
    const exported = await call(token, 'GET', `customers/${customerId}/personal-data`);
    expect(exported.status).toBe(200);
    expect(Object.keys(exported.body.sections).sort()).toEqual(['loan', 'proposal']);
    expect(exported.body.sections.proposal.records.customer[0]).toMatchObject({ id: customerId, name: 'Maria da Silva' });
    expect(exported.body.sections.loan).toMatchObject({ service: 'loan', customerId });
    expect(forwarded).toContain(`Bearer ${token}`);
    await new Promise((resolve) => loanSection.close(resolve));
    expect((await call(token, 'GET', `customers/${customerId}/personal-data`))).toMatchObject({ status: 503, body: { code: 'PERSONAL_DATA.SOURCE_UNAVAILABLE', details: { service: 'loan' } } });
  });

  async function sql(text: string, values: unknown[]): Promise<Json[]> {
    const client = new Client({ connectionString: service.config.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`SET search_path TO "${service.config.DATABASE_SCHEMA}"`);
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  }
});
