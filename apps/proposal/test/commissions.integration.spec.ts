import { randomUUID } from 'node:crypto';
import Big from 'big.js';
import type { Producer } from 'kafkajs';
import { type EventEnvelope, examplePayload } from '@consignado/contracts';
import { DataSource } from 'typeorm';
import { testKafka, waitFor } from '@consignado/testing';
import { ALPHA, api, dlqOf, type Json, publish, retiree, type Service, setClock, startProposalService, Tap, topicOf, waitForState } from './support';

const TERMS = { releasedAmount: '8450.37', termMonths: 96, installmentAmount: '195.41', cetMonthlyPercent: '1.95', cetAnnualPercent: '26.04', monthlyRate: '0.0185' };
const ACTIVATED_AT = '2026-03-31T23:30:00.000Z'; // 20:30 on 31 March in São Paulo (1 April in UTC)
const REGRETTED_AT = '2026-04-02T12:00:00.000Z';

/** Corban commissions (seed 003 §6.3, R-PR-5, R-PR-8): earned on activation, clawed back by the right of regret, and the partner's statement. */
describe('corban commissions on the real stack', () => {
  let service: Service;
  let producer: Producer;
  const kafka = testKafka();
  const tap = new Tap(kafka);

  beforeAll(async () => {
    service = await startProposalService();
    setClock(service, '2026-03-31T12:00:00.000Z');
    producer = kafka.producer();
    await producer.connect();
    await tap.start([topicOf(service, 'ProposalCreated'), dlqOf(service)]);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await tap.stop();
    await service?.close();
  });

  /** A corban alpha INSS proposal taken to CONTRACTED by the events, with its contract id and commission. */
  async function contracted(): Promise<{ id: string; customerId: string; contractId: string; commission: Json }> {
    const corban = api(service, 'corban');
    const customerId = (await corban.post('customers', retiree())).body.id as string;
    const created = await corban.post('proposals', { customerId, product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '8450.37', termMonths: 96, withInsurance: false });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const event = (await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload.proposalId === id)).value as EventEnvelope<'ProposalCreated'>;
    const ids = { proposalId: id, customerId, product: event.payload.product, channel: event.payload.channel };
    const margin = await publish(producer, service, 'MarginChecked', { ...examplePayload('MarginChecked'), proposalId: id }, event);
    await waitForState(service, id, 'PENDING_CREDIT_ANALYSIS');
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids, ...TERMS }, margin);
    const contractId = randomUUID();
    await waitForState(service, id, 'APPROVED');
    const averbation = await publish(producer, service, 'AverbationRequested', { ...examplePayload('AverbationRequested'), proposalId: id, customerId, contractId }, approval);
    await waitForState(service, id, 'PENDING_AVERBATION');
    await publish(producer, service, 'ContractActivated', { ...examplePayload('ContractActivated'), ...ids, contractId, ...TERMS, activatedAt: ACTIVATED_AT }, averbation);
    return { id, customerId, contractId, commission: (await waitForState(service, id, 'CONTRACTED')).commission };
  }

  const regret = (flow: { id: string; customerId: string; contractId: string }, reason = 'RIGHT_OF_REGRET') =>
    publish(producer, service, 'ContractCancelled', { ...examplePayload('ContractCancelled'), proposalId: flow.id, customerId: flow.customerId, contractId: flow.contractId, reason: reason as 'RIGHT_OF_REGRET', cancelledAt: REGRETTED_AT });

  async function statement(from: string, to: string, as: 'corban' | 'internal' = 'corban', partnerId = ALPHA): Promise<{ status: number; body: Json }> {
    const token = await api(service, as).token();
    const res = await fetch(`${service.baseUrl}/v1/partners/${partnerId}/commission-statement?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: await res.json() };
  }

  it('earns the commission on activation — the configured percent of the released amount, to the cent — dated by the activation\'s Brazilian day', async () => {
    const flow = await contracted();
    const expected = new Big(TERMS.releasedAmount).times(flow.commission.percent).div(100).round(2, Big.roundHalfUp).toFixed(2);
    expect(flow.commission).toEqual({ operationType: 'NEW', percent: flow.commission.percent, base: TERMS.releasedAmount, amount: expected, status: 'EARNED' });
    const march = await statement('2026-03-01', '2026-03-31');
    expect(march.status).toBe(200);
    expect(march.body.lines.filter((l: Json) => l.proposalId === flow.id)).toEqual([expect.objectContaining({ kind: 'EARNING', date: '2026-03-31', amount: expected, status: 'EARNED', contractId: flow.contractId })]);
    const april = await statement('2026-04-01', '2026-04-30');
    expect(april.body.lines.filter((l: Json) => l.proposalId === flow.id)).toEqual([]);
  });

  it('claws it back once when the customer regrets: −amount in the reversal\'s period, the earning\'s period left as it was', async () => {
    const flow = await contracted();
    const amount = flow.commission.amount as string;
    const cancelled = await regret(flow);
    const reversed = await waitFor(async () => {
      const p = (await api(service, 'internal').get(`proposals/${flow.id}`)).body;
      return p.commission?.status === 'REVERSED' ? p : undefined;
    }, { description: 'commission reversed' });
    expect(reversed.commission).toEqual(expect.objectContaining({ amount, status: 'REVERSED', reversedAt: REGRETTED_AT, reversalReason: 'RIGHT_OF_REGRET' }));
    // The same cancellation again: the first reversal stands.
    await publish(producer, service, 'ContractCancelled', cancelled.payload);
    await waitFor(async () => ((await api(service, 'internal').get(`proposals/${flow.id}/timeline`)).body.entries.filter((e: Json) => e.eventType === 'ContractCancelled').length === 2 ? true : undefined), { description: 'second delivery seen' });
    expect((await api(service, 'internal').get(`proposals/${flow.id}`)).body.commission).toEqual(reversed.commission);

    const mine = (body: Json) => body.lines.filter((l: Json) => l.proposalId === flow.id).map((l: Json) => [l.kind, l.date, l.amount, l.status]);
    expect(mine((await statement('2026-03-01', '2026-03-31')).body)).toEqual([['EARNING', '2026-03-31', amount, 'EARNED']]);
    expect(mine((await statement('2026-04-01', '2026-04-30')).body)).toEqual([['CLAWBACK', '2026-04-02', `-${amount}`, 'REVERSED']]);
    const both = (await statement('2026-03-01', '2026-04-30', 'internal')).body;
    expect(mine(both)).toEqual([['EARNING', '2026-03-31', amount, 'REVERSED'], ['CLAWBACK', '2026-04-02', `-${amount}`, 'REVERSED']]);
    const sum = (kind: string) => both.lines.filter((l: Json) => l.kind === kind).reduce((s: Big, l: Json) => s.plus(l.amount), new Big(0));
    expect(both.totals).toEqual({ earned: sum('EARNING').toFixed(2), clawedBack: sum('CLAWBACK').toFixed(2), net: sum('EARNING').plus(sum('CLAWBACK')).toFixed(2) });
  });

  it('keeps the commission of a contract cancelled for another reason', async () => {
    const flow = await contracted();
    await regret(flow, 'AVERBATION_FAILED');
    await waitForState(service, flow.id, 'CANCELLED');
    expect((await api(service, 'internal').get(`proposals/${flow.id}`)).body.commission.status).toBe('EARNED');
  });

  it('ignores a RENEGOTIATION activation naming the proposal (R-LN-8): no CONTRACTED again, no second commission, nothing recorded, no dead letter', async () => {
    const flow = await contracted();
    const internal = api(service, 'internal');
    const before = (await internal.get(`proposals/${flow.id}`)).body;
    const workout = {
      renegotiationId: randomUUID(), option: 'LONGER_TERM' as const, capacity: '200.00', lateChargesDiscount: '0', graceDays: 0, maxTermMonths: 96, consolidatedDebt: '8320.55', discount: '0.00',
      termMonths: 72, installmentAmount: '180.40', firstDueDate: '2026-05-10', parameterVersion: 'WORKOUT-50-90', channel: 'DIGITAL' as const, acceptedAt: '2026-04-10T13:00:00.000Z',
    };
    const renegotiated = await publish(producer, service, 'ContractActivated', {
      ...examplePayload('ContractActivated'), proposalId: flow.id, customerId: flow.customerId, contractId: randomUUID(), operationType: 'RENEGOTIATION', channel: 'DIGITAL',
      releasedAmount: '8320.55', financedAmount: '8320.55', iof: '0.00', termMonths: 72, installmentAmount: '180.40', firstDueDate: '2026-05-10', activatedAt: '2026-04-10T13:00:02.000Z',
      renegotiation: { renegotiatedContractId: flow.contractId, paymentId: randomUUID(), effectiveDate: '2026-04-10', terms: workout },
    });
    const inbox = () => service.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [renegotiated.eventId]) as Promise<unknown[]>;
    await waitFor(async () => ((await inbox()).length === 1 ? true : undefined), { description: 'the renegotiation activation consumed' });
    const after = (await internal.get(`proposals/${flow.id}`)).body;
    expect([after.state, after.contractId, after.commission]).toEqual([before.state, flow.contractId, flow.commission]);
    expect((await internal.get(`proposals/${flow.id}/timeline`)).body.entries.filter((e: Json) => e.eventId === renegotiated.eventId)).toEqual([]);
    const april = await statement('2026-04-01', '2026-04-30');
    expect(april.body.lines.filter((l: Json) => l.proposalId === flow.id)).toEqual([]);
    expect(tap.all(dlqOf(service), (r) => JSON.stringify(r).includes(renegotiated.eventId))).toEqual([]);
  });

  it('shows a partner only its own statement (another partner\'s is 404), never a customer\'s; a bad period is 400', async () => {
    expect((await statement('2026-03-01', '2026-03-31', 'corban', randomUUID())).body.code).toBe('COMMISSION.PARTNER_NOT_FOUND');
    expect((await statement('2026-03-01', '2026-03-31', 'corban', 'not-a-partner')).status).toBe(404);
    const reversedPeriod = await statement('2026-04-30', '2026-03-01');
    expect([reversedPeriod.status, reversedPeriod.body.code]).toEqual([400, 'COMMISSION.INVALID_PERIOD']);
    expect((await statement('2026-02-30', '2026-03-31')).status).toBe(400);
    const customer = api(service, 'digital');
    const res = await fetch(`${service.baseUrl}/v1/partners/${ALPHA}/commission-statement?from=2026-03-01&to=2026-03-31`, { headers: { authorization: `Bearer ${await customer.token()}` } });
    expect(res.status).toBe(403);
  });
});
