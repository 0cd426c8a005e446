import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { createEnvelope, type EventEnvelope, examplePayload } from '@consignado/contracts';
import { testIdentity, testKafka, waitFor } from '@consignado/testing';
import { api, countRows, dlqOf, inssProposal, parkedEventIds, publish, retiree, type Service, setClock, startProposalService, Tap, topicOf, waitForState } from './support';

const CONTRACT_TERMS = { releasedAmount: '10000.00', termMonths: 96, installmentAmount: '231.24', cetMonthlyPercent: '1.95', cetAnnualPercent: '26.04', monthlyRate: '0.0185' };

/** The proposal state follows the flow's events (R-PR-2, R-PR-5, R-PR-8, R-EV-5) on the real broker. */
describe('proposal lifecycle on the real stack', () => {
  let service: Service;
  let producer: Producer;
  const kafka = testKafka();
  const tap = new Tap(kafka);

  beforeAll(async () => {
    service = await startProposalService();
    setClock(service, '2026-03-10T12:00:00.000Z');
    producer = kafka.producer();
    await producer.connect();
    await tap.start([topicOf(service, 'ProposalCreated'), topicOf(service, 'ProposalCancelled'), dlqOf(service)]);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await tap.stop();
    await service?.close();
  });

  /** A submitted proposal and the ProposalCreated it emitted (the cause of everything after). */
  async function submitted(channel: 'corban' | 'internal', body: (customerId: string) => object = inssProposal) {
    const customerId = (await api(service, channel).post('customers', retiree())).body.id;
    const created = await api(service, channel).post('proposals', body(customerId));
    expect(created.status).toBe(201);
    const event = (await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload.proposalId === created.body.id)).value as EventEnvelope<'ProposalCreated'>;
    return { id: created.body.id as string, customerId, channel: event.payload.channel, product: event.payload.product, event };
  }

  type Flow = Awaited<ReturnType<typeof submitted>>;
  const ids = (f: Flow) => ({ proposalId: f.id, customerId: f.customerId, product: f.product, channel: f.channel });
  const timeline = async (id: string) => (await api(service, 'internal').get(`proposals/${id}/timeline`)).body;

  it('follows MarginChecked → CreditApproved → AverbationRequested → ContractActivated, with timeline and commission', async () => {
    const flow = await submitted('corban');
    const contractId = randomUUID();
    const margin = await publish(producer, service, 'MarginChecked', { ...examplePayload('MarginChecked'), proposalId: flow.id }, flow.event);
    await waitForState(service, flow.id, 'PENDING_CREDIT_ANALYSIS');
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids(flow), ...CONTRACT_TERMS }, margin);
    const approved = await waitForState(service, flow.id, 'APPROVED');
    expect(approved.terms).toMatchObject(CONTRACT_TERMS);
    expect(approved.decision).toMatchObject({ outcome: 'APPROVED', parameterVersion: 'inss-2025-04-01', reasons: [{ rule: 'INSS.MARGIN', measured: '311.36', limit: '700.00' }] });
    const averbation = await publish(producer, service, 'AverbationRequested', { ...examplePayload('AverbationRequested'), proposalId: flow.id, customerId: flow.customerId, contractId }, approval);
    expect((await waitForState(service, flow.id, 'PENDING_AVERBATION')).contractId).toBe(contractId);
    const failed = await publish(producer, service, 'AverbationFailed', { ...examplePayload('AverbationFailed'), proposalId: flow.id, contractId, retryable: true, code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev indisponível.' }, averbation);
    await waitFor(async () => (await timeline(flow.id)).entries.length === 5, { description: 'the retryable failure in the timeline' });
    const activated = await publish(producer, service, 'ContractActivated', { ...examplePayload('ContractActivated'), ...ids(flow), contractId, ...CONTRACT_TERMS, activatedAt: '2026-03-10T13:00:00.000Z' }, failed);
    const contracted = await waitForState(service, flow.id, 'CONTRACTED');
    expect(contracted).toMatchObject({ contractId, activatedAt: '2026-03-10T13:00:00.000Z', regretDeadline: '2026-03-17', commission: { operationType: 'NEW', percent: '3.00', base: '10000.00', amount: '300.00' } });

    const { correlationId, entries } = await timeline(flow.id);
    expect(entries.map((e: any) => [e.eventType, e.direction, e.outcome, e.stateAfter])).toEqual([
      ['ProposalCreated', 'EMITTED', 'APPLIED', 'PENDING_MARGIN_CHECK'],
      ['MarginChecked', 'CONSUMED', 'APPLIED', 'PENDING_CREDIT_ANALYSIS'],
      ['CreditApproved', 'CONSUMED', 'APPLIED', 'APPROVED'],
      ['AverbationRequested', 'CONSUMED', 'APPLIED', 'PENDING_AVERBATION'],
      ['AverbationFailed', 'CONSUMED', 'APPLIED', 'PENDING_AVERBATION'],
      ['ContractActivated', 'CONSUMED', 'APPLIED', 'CONTRACTED'],
    ]);
    expect(entries.map((e: any) => e.eventId)).toEqual([flow.event, margin, approval, averbation, failed, activated].map((e) => e.eventId));
    expect(entries.map((e: any) => e.causationId)).toEqual([null, flow.event, margin, approval, averbation, failed].map((e) => e?.eventId ?? null));
    expect(new Set(entries.map((e: any) => e.correlationId))).toEqual(new Set([correlationId]));
    expect(entries[2].summary).toBe('Crédito aprovado: 96 parcelas de R$ 231,24, CET 26,04% a.a.');
    expect(entries[4].summary).toBe('Falha temporária na averbação (Dataprev indisponível.); nova tentativa prevista');
  });

  it('keeps the rejection reasons and records a late MarginChecked without moving', async () => {
    const flow = await submitted('internal');
    await publish(producer, service, 'CreditRejected', { ...examplePayload('CreditRejected'), ...ids(flow) }, flow.event);
    const rejected = await waitForState(service, flow.id, 'REJECTED');
    expect(rejected.decision.reasons[0]).toMatchObject({ rule: 'INSS.MARGIN', passed: false, measured: '612.40', limit: '500.00', message: 'Parcela excede a margem consignável disponível.' });
    await publish(producer, service, 'MarginChecked', { ...examplePayload('MarginChecked'), proposalId: flow.id }, flow.event);
    const late = await waitFor(async () => (await timeline(flow.id)).entries.find((e: any) => e.eventType === 'MarginChecked'));
    expect(late).toMatchObject({ outcome: 'STALE', stateAfter: 'REJECTED' });
    expect((await api(service, 'internal').get(`proposals/${flow.id}`)).body.state).toBe('REJECTED');
  });

  it('retries a CreditApproved that overtook its MarginChecked until the margin check is applied', async () => {
    const flow = await submitted('corban');
    const margin = createEnvelope('MarginChecked', { payload: { ...examplePayload('MarginChecked'), proposalId: flow.id } }, flow.event);
    const approval = createEnvelope('CreditApproved', { payload: { ...examplePayload('CreditApproved'), ...ids(flow) } }, margin);
    await producer.sendBatch({
      topicMessages: [
        { topic: topicOf(service, 'CreditApproved'), messages: [{ key: flow.id, value: JSON.stringify(approval) }] },
        { topic: topicOf(service, 'MarginChecked'), messages: [{ key: flow.id, value: JSON.stringify(margin) }] },
      ],
    });
    await waitForState(service, flow.id, 'APPROVED');
    const { entries } = await timeline(flow.id);
    expect(entries.map((e: any) => [e.eventType, e.stateAfter])).toEqual([
      ['ProposalCreated', 'PENDING_MARGIN_CHECK'],
      ['MarginChecked', 'PENDING_CREDIT_ANALYSIS'],
      ['CreditApproved', 'APPROVED'],
    ]);
  });

  it('parks a CreditApproved whose MarginChecked comes in a later fetch, and applies it when the margin check lands', async () => {
    const flow = await submitted('corban');
    const margin = createEnvelope('MarginChecked', { payload: { ...examplePayload('MarginChecked'), proposalId: flow.id } }, flow.event);
    const approval = createEnvelope('CreditApproved', { payload: { ...examplePayload('CreditApproved'), ...ids(flow) } }, margin);
    await producer.send({ topic: topicOf(service, 'CreditApproved'), messages: [{ key: flow.id, value: JSON.stringify(approval) }] });
    await waitFor(async () => (await parkedEventIds(service, flow.id)).includes(approval.eventId), { description: 'CreditApproved parked' });
    expect((await api(service, 'internal').get(`proposals/${flow.id}`)).body.state).toBe('PENDING_MARGIN_CHECK');
    await producer.send({ topic: topicOf(service, 'MarginChecked'), messages: [{ key: flow.id, value: JSON.stringify(margin) }] });
    await waitForState(service, flow.id, 'APPROVED');
    expect(await parkedEventIds(service, flow.id)).toEqual([]);
    expect((await timeline(flow.id)).entries.map((e: any) => [e.eventType, e.outcome, e.stateAfter])).toEqual([
      ['ProposalCreated', 'APPLIED', 'PENDING_MARGIN_CHECK'],
      ['MarginChecked', 'APPLIED', 'PENDING_CREDIT_ANALYSIS'],
      ['CreditApproved', 'APPLIED', 'APPROVED'],
    ]);
    expect(tap.all(dlqOf(service), (r) => JSON.stringify(r).includes(approval.eventId))).toEqual([]);
  });

  it('a final averbation failure: AVERBATION_FAILED, no customer cancellation, CANCELLED when loan cancels the contract', async () => {
    const flow = await submitted('corban');
    const contractId = randomUUID();
    const margin = await publish(producer, service, 'MarginChecked', { ...examplePayload('MarginChecked'), proposalId: flow.id }, flow.event);
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids(flow) }, margin);
    await waitForState(service, flow.id, 'APPROVED');
    const averbation = await publish(producer, service, 'AverbationRequested', { ...examplePayload('AverbationRequested'), proposalId: flow.id, customerId: flow.customerId, contractId }, approval);
    await waitForState(service, flow.id, 'PENDING_AVERBATION');
    const failed = await publish(producer, service, 'AverbationFailed', { ...examplePayload('AverbationFailed'), proposalId: flow.id, contractId, retryable: false }, averbation);
    const stuck = await waitForState(service, flow.id, 'AVERBATION_FAILED');
    expect(stuck.averbationFailure).toMatchObject({ code: 'AVERBATION.MARGIN_INSUFFICIENT', retryable: false, message: 'Margem consignável insuficiente para a averbação.' });
    const refused = await api(service, 'corban').post(`proposals/${flow.id}/cancel`, {});
    expect([refused.status, refused.body.code]).toEqual([409, 'PROPOSAL.ILLEGAL_TRANSITION']);
    await publish(producer, service, 'ContractCancelled', { ...examplePayload('ContractCancelled'), proposalId: flow.id, customerId: flow.customerId, contractId, reason: 'AVERBATION_FAILED', averbationRegistered: false }, failed);
    await waitForState(service, flow.id, 'CANCELLED');
  });

  it('cancels before contracting: CUSTOMER_REQUEST, or OPERATOR with the note; never twice', async () => {
    const byCorban = await submitted('corban');
    const cancelled = await api(service, 'corban').post(`proposals/${byCorban.id}/cancel`, { reason: 'Cliente desistiu' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ state: 'CANCELLED', cancellation: { reason: 'CUSTOMER_REQUEST' } });
    const event = await tap.find(topicOf(service, 'ProposalCancelled'), (e) => e.payload.proposalId === byCorban.id);
    expect(event.value.payload).toEqual({ proposalId: byCorban.id, customerId: byCorban.customerId, reason: 'CUSTOMER_REQUEST', requestedAt: '2026-03-10T12:00:00.000Z' });
    expect(event.value.metadata.correlationId).toBe(byCorban.event.metadata.correlationId);

    const byOperator = await submitted('internal');
    // A staff member at the branch, logged in through the back-office console, cancels it.
    const ana = api(service, 'internal', { token: await testIdentity().staffToken('ana.operadora') });
    expect((await ana.post(`proposals/${byOperator.id}/cancel`, { reason: 'Pedido na agência' })).status).toBe(200);
    const operatorEvent = await tap.find(topicOf(service, 'ProposalCancelled'), (e) => e.payload.proposalId === byOperator.id);
    expect(operatorEvent.value.payload).toMatchObject({ reason: 'OPERATOR', note: 'Pedido na agência' });
    expect(operatorEvent.value.metadata).toMatchObject({ userId: 'ana.operadora', channel: 'INTERNAL' });
    // Who cancelled is on the audit trail, which only an auditor reads (R-SEC-1).
    const trail = async (token: string) => fetch(`${service.baseUrl}/v1/admin/audit?action=proposal.cancel&actor=ana.operadora`, { headers: { authorization: `Bearer ${token}` } });
    expect((await trail(await testIdentity().staffToken('ana.operadora'))).status).toBe(403);
    const { items: entries } = (await (await trail(await testIdentity().staffToken('carla.auditora'))).json()) as { items: unknown[] };
    expect(entries).toEqual([
      expect.objectContaining({ actor: 'ana.operadora', clientId: 'backoffice-console', roles: ['OPERATOR'], action: 'proposal.cancel', method: 'POST', path: `/v1/internal/proposals/${byOperator.id}/cancel`, status: 200, outcome: 'OK' }),
    ]);

    const again = await api(service, 'corban').post(`proposals/${byCorban.id}/cancel`, {});
    expect([again.status, again.body.code]).toEqual([409, 'PROPOSAL.ILLEGAL_TRANSITION']);
    // A CreditApproved decided before the cancellation arrived changes nothing.
    await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids(byCorban) }, byCorban.event);
    await waitFor(async () => (await timeline(byCorban.id)).entries.some((e: any) => e.eventType === 'CreditApproved' && e.outcome === 'STALE'));
    expect((await api(service, 'corban').get(`proposals/${byCorban.id}`)).body.state).toBe('CANCELLED');
  });

  async function contracted(): Promise<Flow & { contractId: string }> {
    const personal = (customerId: string) => ({ customerId, product: 'PERSONAL', operationType: 'NEW', requestedAmount: '5000.00', termMonths: 12, withInsurance: false });
    const flow = await submitted('internal', personal);
    const contractId = randomUUID();
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids(flow) }, flow.event);
    await publish(producer, service, 'ContractActivated', { ...examplePayload('ContractActivated'), ...ids(flow), contractId, activatedAt: '2026-03-10T13:00:00.000Z' }, approval);
    expect((await waitForState(service, flow.id, 'CONTRACTED')).commission).toBeUndefined();
    return { ...flow, contractId };
  }

  it('right of regret within 7 days: ProposalCancelled(RIGHT_OF_REGRET), then CANCELLED on ContractCancelled', async () => {
    const flow = await contracted();
    setClock(service, '2026-03-17T20:00:00.000Z'); // 17:00 on the 17th in São Paulo: the last day
    try {
      const reply = await api(service, 'internal').post(`proposals/${flow.id}/cancel`, {});
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ state: 'CONTRACTED', cancellation: { reason: 'RIGHT_OF_REGRET', requestedAt: '2026-03-17T20:00:00.000Z' } });
    } finally {
      setClock(service, '2026-03-10T12:00:00.000Z');
    }
    const event = await tap.find(topicOf(service, 'ProposalCancelled'), (e) => e.payload.proposalId === flow.id);
    expect(event.value.payload).toMatchObject({ reason: 'RIGHT_OF_REGRET', contractId: flow.contractId });
    await publish(producer, service, 'ContractCancelled', { ...examplePayload('ContractCancelled'), proposalId: flow.id, customerId: flow.customerId, contractId: flow.contractId }, event.value);
    await waitForState(service, flow.id, 'CANCELLED');
    expect((await timeline(flow.id)).entries.map((e: any) => e.eventType).slice(-2)).toEqual(['ProposalCancelled', 'ContractCancelled']);
  });

  it('refuses the regret after 7 days, emitting nothing', async () => {
    const flow = await contracted();
    const before = await countRows(service, ['outbox', 'proposal_timeline']);
    setClock(service, '2026-03-18T12:00:00.000Z');
    try {
      const reply = await api(service, 'internal').post(`proposals/${flow.id}/cancel`, {});
      expect([reply.status, reply.body.code, reply.body.detail]).toEqual([422, 'PROPOSAL.REGRET_PERIOD_EXPIRED', 'Prazo de arrependimento de 7 dias expirado']);
    } finally {
      setClock(service, '2026-03-10T12:00:00.000Z');
    }
    expect(await countRows(service, ['outbox', 'proposal_timeline'])).toEqual(before);
    expect((await api(service, 'internal').get(`proposals/${flow.id}`)).body.state).toBe('CONTRACTED');
  });

  it('dead-letters a malformed message and an event about an unknown proposal, and keeps consuming', async () => {
    const topic = topicOf(service, 'CreditRejected');
    await producer.send({ topic, messages: [{ key: 'poison', value: '{not json' }] });
    const stranger = await publish(producer, service, 'CreditRejected', { ...examplePayload('CreditRejected'), proposalId: randomUUID() });
    const poison = await tap.find(dlqOf(service), (r) => JSON.stringify(r).includes('{not json'));
    expect(poison.value).toBeDefined();
    const unknown = await tap.find(dlqOf(service), (r) => JSON.stringify(r).includes(stranger.eventId));
    expect(JSON.stringify(unknown.value)).toContain('PROPOSAL.NOT_FOUND');

    const flow = await submitted('corban');
    await publish(producer, service, 'CreditRejected', { ...examplePayload('CreditRejected'), ...ids(flow) }, flow.event);
    await waitForState(service, flow.id, 'REJECTED');
  });
});
