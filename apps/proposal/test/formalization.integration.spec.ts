import { createHash, randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { type EventEnvelope, examplePayload } from '@consignado/contracts';
import { testKafka, waitFor } from '@consignado/testing';
import { api, CLIENTS, countRows, inssProposal, type Json, publish, retiree, type Service, setClock, startProposalService, Tap, topicOf, waitForState } from './support';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 2)]).toString('base64');
const CCB = createHash('sha256').update('%PDF-1.7 CCB de teste').digest('hex');
const OTHER = createHash('sha256').update('outro documento').digest('hex');
const NOW = '2026-03-10T12:00:00.000Z';
const WRITES = ['proposal_timeline', 'idempotency_key', 'outbox'];

/** Formalization on the real stack (R-LN-9): ContractIssued recorded, the acceptance by the CCB's hash, the expiry. */
describe('contract acceptance on the real stack', () => {
  let service: Service;
  let producer: Producer;
  const kafka = testKafka();
  const tap = new Tap(kafka);

  beforeAll(async () => {
    // A one-minute window and a job every 200 ms: moving the clock two minutes expires a proposal.
    service = await startProposalService({ ACCEPTANCE_WINDOW_MINUTES: '1', ACCEPTANCE_EXPIRY_INTERVAL_MS: '200' });
    producer = kafka.producer();
    await producer.connect();
    await tap.start(['ProposalCreated', 'ProposalAccepted', 'ProposalCancelled'].map((t) => topicOf(service, t as 'ProposalCreated')));
  });

  afterAll(async () => {
    await producer?.disconnect();
    await tap.stop();
    await service?.close();
  });

  const timeline = async (id: string) => (await api(service, 'internal').get(`proposals/${id}/timeline`)).body.entries as Json[];

  /** A proposal approved by credit analysis, and the CreditApproved that approved it. */
  async function approved(client: ReturnType<typeof api>) {
    const customerId = (await client.post('customers', retiree(client.cpf ? { cpf: client.cpf } : {}))).body.id as string;
    const id = (await client.post('proposals', inssProposal(customerId))).body.id as string;
    if (client.cpf) for (const kind of ['SELFIE', 'ID_FRONT']) await client.post(`proposals/${id}/documents`, { kind, contentBase64: PNG, mimeType: 'image/png' });
    const created = (await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload.proposalId === id)).value as EventEnvelope<'ProposalCreated'>;
    const ids = { proposalId: id, customerId, product: created.payload.product, channel: created.payload.channel };
    const margin = await publish(producer, service, 'MarginChecked', { ...examplePayload('MarginChecked'), proposalId: id }, created);
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids }, margin);
    await waitForState(service, id, 'APPROVED');
    return { id, customerId, ids, approval };
  }

  type Approved = Awaited<ReturnType<typeof approved>>;
  const issue = (flow: Approved, contractId: string) =>
    publish(producer, service, 'ContractIssued', { ...examplePayload('ContractIssued'), ...flow.ids, contractId, operationType: 'NEW', documentHash: CCB, issuedAt: NOW }, flow.approval);
  const issued = (client: ReturnType<typeof api>, id: string) =>
    waitFor(async () => (await client.get(`proposals/${id}`)).body.formalization, { description: `the contract of ${id} issued` });

  it('the customer accepts the issued CCB by its hash: ProposalAccepted once, with who, when and the channel; refusals write nothing', async () => {
    setClock(service, NOW);
    const digital = api(service, 'digital');
    const flow = await approved(digital);
    const accept = (hash: string, headers?: Record<string, string>) => digital.post(`proposals/${flow.id}/acceptance`, { documentHash: hash }, headers);
    const early = await accept(CCB);
    expect([early.status, early.body.code]).toEqual([409, 'PROPOSAL.NOT_AWAITING_ACCEPTANCE']);

    const contractId = randomUUID();
    await issue(flow, contractId);
    expect(await issued(digital, flow.id)).toEqual({ contractId, documentHash: CCB, documentUrl: `/v1/contracts/${contractId}/ccb`, issuedAt: NOW, acceptBy: '2026-03-10T12:01:00.000Z' });
    expect((await timeline(flow.id)).at(-1)).toMatchObject({ eventType: 'ContractIssued', outcome: 'APPLIED', stateAfter: 'APPROVED', summary: `CCB emitida (SHA-256 ${CCB.slice(0, 12)}…): aguardando o aceite do cliente` });

    const before = await countRows(service, WRITES);
    const mismatch = await accept(OTHER, { 'Idempotency-Key': randomUUID() });
    expect([mismatch.status, mismatch.body.code, mismatch.body.detail]).toEqual([422, 'PROPOSAL.DOCUMENT_MISMATCH', 'O documento aceito não é a CCB emitida para esta proposta.']);
    expect((await accept(CCB.toUpperCase())).body.code).toBe('REQUEST.INVALID_BODY');
    expect((await api(service, 'corban').post(`proposals/${flow.id}/acceptance`, { documentHash: CCB })).body.code).toBe('PROPOSAL.NOT_FOUND');
    expect(await countRows(service, WRITES)).toEqual(before);

    const [first, second] = await Promise.all([accept(CCB, { 'Idempotency-Key': 'k-1' }), accept(CCB, { 'Idempotency-Key': 'k-2' })]);
    const acceptance = { acceptedAt: NOW, channel: 'DIGITAL', acceptedBy: flow.customerId };
    for (const reply of [first, second]) expect([reply.status, reply.body.formalization.acceptance]).toEqual([200, acceptance]);
    const replay = await accept(CCB, { 'Idempotency-Key': 'k-1' });
    expect([replay.status, replay.headers.get('idempotent-replayed'), replay.body]).toEqual([200, 'true', first.body]);
    expect((await accept(OTHER, { 'Idempotency-Key': 'k-1' })).body.code).toBe('PROPOSAL.IDEMPOTENCY_CONFLICT');
    expect((await accept(OTHER)).body.code).toBe('PROPOSAL.NOT_AWAITING_ACCEPTANCE');

    const event = await tap.find(topicOf(service, 'ProposalAccepted'), (e) => e.payload.proposalId === flow.id);
    expect(event.key).toBe(flow.id);
    expect(event.value.payload).toEqual({ proposalId: flow.id, contractId, customerId: flow.customerId, documentHash: CCB, ...acceptance });
    expect(event.value.metadata).toMatchObject({ correlationId: flow.approval.metadata.correlationId, userId: flow.customerId, channel: 'DIGITAL' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(tap.all(topicOf(service, 'ProposalAccepted'), (e) => e.payload.proposalId === flow.id)).toHaveLength(1);
    expect((await timeline(flow.id)).map((e) => [e.eventType, e.direction, e.stateAfter]).slice(-2)).toEqual([['ContractIssued', 'CONSUMED', 'APPROVED'], ['ProposalAccepted', 'EMITTED', 'APPROVED']]);

    const section = await fetch(`${service.baseUrl}/v1/personal-data/${flow.customerId}`, { headers: { authorization: `Bearer ${await digital.token()}` } });
    const exported = ((await section.json()) as Json).records.proposals.find((p: Json) => p.id === flow.id);
    expect(exported.formalization.acceptance).toEqual(acceptance);
  });

  it('an unaccepted contract expires: CANCELLED (ACCEPTANCE_EXPIRED), ProposalCancelled by the system, acceptance refused, the contract\'s cancellation stale', async () => {
    setClock(service, NOW);
    const corban = api(service, 'corban');
    const flow = await approved(corban);
    const contractId = randomUUID();
    const issuing = await issue(flow, contractId);
    await issued(corban, flow.id);

    setClock(service, '2026-03-10T12:02:00.000Z');
    const cancelled = await waitForState(service, flow.id, 'CANCELLED');
    expect(cancelled.cancellation).toEqual({ reason: 'ACCEPTANCE_EXPIRED', requestedAt: '2026-03-10T12:02:00.000Z', requestedBy: 'acceptance-expiry' });
    expect(cancelled.formalization).toMatchObject({ contractId, acceptBy: '2026-03-10T12:01:00.000Z' });
    expect(cancelled.formalization.acceptance).toBeUndefined();
    const event = await tap.find(topicOf(service, 'ProposalCancelled'), (e) => e.payload.proposalId === flow.id);
    expect(event.value.payload).toEqual({ proposalId: flow.id, customerId: flow.customerId, reason: 'ACCEPTANCE_EXPIRED', requestedAt: '2026-03-10T12:02:00.000Z' });
    expect(event.value.metadata).toMatchObject({ correlationId: flow.approval.metadata.correlationId, userId: null, channel: 'SYSTEM' });

    const refused = await corban.post(`proposals/${flow.id}/acceptance`, { documentHash: CCB });
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([422, 'PROPOSAL.ACCEPTANCE_EXPIRED', { acceptBy: '2026-03-10T12:01:00.000Z' }]);
    expect(tap.all(topicOf(service, 'ProposalAccepted'), (e) => e.payload.proposalId === flow.id)).toEqual([]);

    await publish(producer, service, 'ContractCancelled', { ...examplePayload('ContractCancelled'), proposalId: flow.id, customerId: flow.customerId, contractId, reason: 'ACCEPTANCE_EXPIRED' }, issuing);
    const late = await waitFor(async () => (await timeline(flow.id)).find((e) => e.eventType === 'ContractCancelled'), { description: 'ContractCancelled in the timeline' });
    expect(late).toMatchObject({ outcome: 'STALE', stateAfter: 'CANCELLED', summary: 'Evento fora de ordem, sem efeito no estado CANCELLED: Contrato cancelado: a CCB não foi aceita dentro do prazo' });
    expect((await timeline(flow.id)).filter((e) => e.eventType === 'ProposalCancelled')).toHaveLength(1);
  });

  it('an operator accepts for the customer of any channel; another partner sees nothing', async () => {
    setClock(service, NOW);
    const flow = await approved(api(service, 'corban'));
    await issue(flow, randomUUID());
    await issued(api(service, 'corban'), flow.id);
    const beta = api(service, 'corban', { client: CLIENTS.corbanBeta });
    expect((await beta.post(`proposals/${flow.id}/acceptance`, { documentHash: CCB })).status).toBe(404);
    const accepted = await api(service, 'internal').post(`proposals/${flow.id}/acceptance`, { documentHash: CCB });
    expect([accepted.status, accepted.body.formalization.acceptance]).toEqual([200, { acceptedAt: NOW, channel: 'INTERNAL', acceptedBy: CLIENTS.internal }]);
    expect((await api(service, 'corban').post(`proposals/${flow.id}/acceptance`, { documentHash: CCB })).body.formalization.acceptance.channel).toBe('INTERNAL');
  });
});
