import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { createEnvelope, type EventEnvelope, examplePayload } from '@consignado/contracts';
import { testKafka, waitFor } from '@consignado/testing';
import { api, countRows, dlqOf, type Json, retiree, type Service, setClock, startProposalService, Tap, topicOf } from './support';

const NOW = '2026-03-10T12:00:00.000Z';
const WRITES = ['proposal', 'proposal_timeline', 'idempotency_key', 'outbox'];
type Client_ = ReturnType<typeof api>;

/** Seed 004 on the real stack: RecommendationMade's offers kept, each made into one proposal in one call. */
describe('proposals from credit offers (RecommendationMade)', () => {
  let service: Service;
  let producer: Producer;
  const kafka = testKafka();
  const tap = new Tap(kafka);

  beforeAll(async () => {
    service = await startProposalService();
    setClock(service, NOW);
    producer = kafka.producer();
    await producer.connect();
    await tap.start([topicOf(service, 'ProposalCreated'), dlqOf(service)]);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await tap.stop();
    await service?.close();
  });

  async function query(sql: string, params: unknown[]): Promise<Json[]> {
    const client = new Client({ connectionString: service.config.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`SET search_path TO "${service.config.DATABASE_SCHEMA}"`);
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  }
  const offerRows = (offerId: string) => query('SELECT * FROM credit_offer WHERE offer_id = $1', [offerId]);

  /** Sends an envelope as credit analysis would (keyed by the customer). */
  const send = (envelope: EventEnvelope<'RecommendationMade'> | Json) =>
    producer.send({ topic: topicOf(service, 'RecommendationMade'), messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope) }] });

  /** The catalogue's example recommendation for `customerId` with fresh ids, its offer dated today; published, and kept. */
  async function recommend(customerId: string, offer: object = {}, validUntil = '2026-03-12') {
    const example = examplePayload('RecommendationMade');
    const offerId = randomUUID();
    const payload = { ...example, recommendationId: randomUUID(), customerId, validUntil, offers: [{ ...example.offers[0], offerId, contractDate: '2026-03-10', firstDueDate: '2026-04-10', ...offer }] };
    const envelope = createEnvelope('RecommendationMade', { payload, metadata: { channel: 'SYSTEM' } });
    await send(envelope);
    await waitFor(async () => (await offerRows(offerId)).length === 1 || undefined, { description: `offer ${offerId} kept` });
    return { offerId, envelope, terms: payload.offers[0] };
  }

  const register = async (client: Client_) => (await client.post('customers', retiree(client.cpf ? { cpf: client.cpf } : {}))).body.id as string;
  const fromOffer = (client: Client_, offerId: string, body: unknown = {}, headers: Record<string, string> = {}) => client.post(`offers/${offerId}/proposals`, body, headers);

  it('keeps the offer as received; a corban makes it a proposal with its terms (201, ProposalCreated carrying them); the same key replays it, any other request is 409 OFFER_ALREADY_USED', async () => {
    const corban = api(service, 'corban');
    const customerId = await register(corban);
    const { offerId, terms } = await recommend(customerId);
    const [row] = await offerRows(offerId);
    expect(row).toMatchObject({ customer_id: customerId, round: 1, seed_product: 'credito_consiginado', product: 'INSS_CONSIGNADO', operation_type: 'NEW', requested_amount: '10000.00', term_months: 24, monthly_rate: '0.0166', refinanced_contract_id: null, portability: null, terms, proposal_id: null });

    const created = await fromOffer(corban, offerId, { withInsurance: false }, { 'Idempotency-Key': 'offer-k1' });
    expect(created.status).toBe(201);
    expect(created.headers.get('idempotent-replayed')).toBeNull();
    const proposal = created.body;
    expect(proposal).toMatchObject({ offerId, customerId, channel: 'CORBAN', product: 'INSS_CONSIGNADO', operationType: 'NEW', state: 'PENDING_MARGIN_CHECK', requestedAmount: '10000.00', termMonths: 24, monthlyRate: '0.0166', withInsurance: false, contractDate: '2026-03-10', firstDueDate: '2026-04-10' });
    expect((await api(service, 'internal').get(`proposals/${proposal.id}`)).body.offerId).toBe(offerId);
    const event = (await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload.proposalId === proposal.id)).value;
    expect(event.payload).toMatchObject({ customerId, product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '10000.00', termMonths: 24, monthlyRate: '0.0166', contractDate: '2026-03-10', firstDueDate: '2026-04-10', channel: 'CORBAN' });
    expect((await offerRows(offerId))[0].proposal_id).toBe(proposal.id);

    const replay = await fromOffer(corban, offerId, { withInsurance: false }, { 'Idempotency-Key': 'offer-k1' });
    expect([replay.status, replay.headers.get('idempotent-replayed'), replay.body]).toEqual([201, 'true', proposal]);
    const before = await countRows(service, WRITES);
    for (const reply of [await fromOffer(corban, offerId, {}, { 'Idempotency-Key': 'offer-k2' }), await fromOffer(corban, offerId)]) {
      expect([reply.status, reply.body.code, reply.body.details]).toEqual([409, 'PROPOSAL.OFFER_ALREADY_USED', { proposalId: proposal.id }]);
      expect(reply.body.detail).toBe(`Esta oferta de crédito já foi usada na proposta ${proposal.id}.`);
    }
    expect((await fromOffer(corban, offerId, { withInsurance: true }, { 'Idempotency-Key': 'offer-k1' })).body.code).toBe('PROPOSAL.IDEMPOTENCY_CONFLICT');
    expect((await fromOffer(corban, offerId, { withInsurance: false, termMonths: 12 })).body.code).toBe('REQUEST.INVALID_BODY');
    expect(await countRows(service, WRITES)).toEqual(before);
    expect(tap.all(topicOf(service, 'ProposalCreated'), (e) => e.payload.proposalId === proposal.id)).toHaveLength(1);
  });

  it('one proposal per offer: of concurrent requests with different keys exactly one is 201, the others 409', async () => {
    const internal = api(service, 'internal');
    const { offerId } = await recommend(await register(internal));
    const replies = await Promise.all(Array.from({ length: 6 }, (_, k) => fromOffer(internal, offerId, {}, { 'Idempotency-Key': `race-${offerId}-${k}` })));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const winner = replies.find((r) => r.status === 201)?.body as Json;
    for (const lost of replies.filter((r) => r.status === 409)) expect([lost.body.code, lost.body.details.proposalId]).toEqual(['PROPOSAL.OFFER_ALREADY_USED', winner.id]);
    expect(await query('SELECT id FROM proposal WHERE offer_id = $1', [offerId])).toEqual([{ id: winner.id }]);
    expect((await offerRows(offerId))[0].proposal_id).toBe(winner.id);
  });

  it("a customer uses only their own offers: another customer's and an unknown one are the same 404; nothing is written", async () => {
    const owner = api(service, 'digital');
    const other = api(service, 'digital');
    const ownerId = await register(owner);
    await register(other);
    const { offerId } = await recommend(ownerId);
    const before = await countRows(service, WRITES);
    const foreign = await fromOffer(other, offerId, {}, { 'Idempotency-Key': randomUUID() });
    const unknown = await fromOffer(other, randomUUID());
    const malformed = await fromOffer(owner, 'not-an-offer');
    for (const reply of [foreign, unknown, malformed]) expect([reply.status, reply.body.code, reply.body.detail]).toEqual([404, 'PROPOSAL.OFFER_NOT_FOUND', 'Oferta de crédito não encontrada.']);
    expect(await countRows(service, WRITES)).toEqual(before);
    const own = await fromOffer(owner, offerId);
    expect([own.status, own.body.offerId, own.body.customerId, own.body.state]).toEqual([201, offerId, ownerId, 'PENDING_DOCUMENTS']);
  });

  it('an offer past its last day (the service\'s business date) is 422 OFFER_EXPIRED, nothing written', async () => {
    const corban = api(service, 'corban');
    const { offerId } = await recommend(await register(corban), {}, '2026-03-10');
    setClock(service, '2026-03-11T12:00:00.000Z');
    try {
      const before = await countRows(service, WRITES);
      const expired = await fromOffer(corban, offerId, {}, { 'Idempotency-Key': randomUUID() });
      expect([expired.status, expired.body.code, expired.body.details]).toEqual([422, 'PROPOSAL.OFFER_EXPIRED', { validUntil: '2026-03-10' }]);
      expect(await countRows(service, WRITES)).toEqual(before);
      expect((await offerRows(offerId))[0].proposal_id).toBeNull();
    } finally {
      setClock(service, NOW);
    }
  });

  it('a replayed or republished recommendation writes nothing new (a used offer stays used); a malformed one is dead-lettered', async () => {
    const corban = api(service, 'corban');
    const customerId = await register(corban);
    const { offerId, envelope } = await recommend(customerId);
    const proposalId = (await fromOffer(corban, offerId)).body.id as string;
    const [kept] = await offerRows(offerId);

    await send(envelope);
    await send(createEnvelope('RecommendationMade', { payload: envelope.payload, metadata: { channel: 'SYSTEM' } }));
    const malformed = createEnvelope('RecommendationMade', { payload: { ...envelope.payload, recommendationId: randomUUID() }, metadata: { channel: 'SYSTEM' } }) as Json;
    malformed.payload.offers[0] = { ...malformed.payload.offers[0], offerId: randomUUID(), product: 'CARTAO' };
    await send(malformed);
    await tap.find(dlqOf(service), (r) => JSON.stringify(r).includes(malformed.eventId));
    // Same key, same partition: once a later recommendation is kept, the replays before it were consumed.
    await recommend(customerId);

    expect(await offerRows(offerId)).toEqual([kept]);
    expect(kept.proposal_id).toBe(proposalId);
    expect(await offerRows(malformed.payload.offers[0].offerId)).toEqual([]);
    expect(await query('SELECT count(*)::int AS n FROM credit_offer WHERE recommendation_id = $1', [envelope.payload.recommendationId])).toEqual([{ n: 1 }]);
  });
});
