import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { createEnvelope, type EventEnvelope, examplePayload } from '@consignado/contracts';
import { ChannelClient } from '@consignado/stack-runner';
import { testKafka, waitFor } from '@consignado/testing';
import { api, countRows, dlqOf, type Json, publish, retiree, type Service, setClock, startProposalService, Tap, topicOf, waitForState } from './support';

const ORIGIN = { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' };
const TERMS = { ...examplePayload('PortabilityBalanceReceived').terms, balance: '7213.55' };
const NU = TERMS.portabilityNumber;
/** The origin's balance, financed as stated (no IOF on a portability). */
const PORTED = { releasedAmount: '7213.55', financedAmount: '7213.55', iof: '0.00', termMonths: 30, installmentAmount: '301.17' };
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 2)]).toString('base64');

type Channel = 'digital' | 'corban' | 'internal';
const portability = (customerId: string, product = 'INSS_CONSIGNADO') => ({ customerId, product, operationType: 'PORTABILITY', portability: ORIGIN, termMonths: 30, withInsurance: false });
const refinancing = (customerId: string, troco: string, oldContract: string) => ({ customerId, product: 'INSS_CONSIGNADO', operationType: 'REFINANCING', refinancedContractId: oldContract, requestedAmount: troco, termMonths: 84, withInsurance: false });

/** Refinancing and portability proposals on the real stack (R-PR-2, R-PR-4, R-PR-5, R-LN-6, R-LN-7). */
describe('refinancing and portability proposals on the real stack', () => {
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

  /** A proposal created (and, on DIGITAL, submitted with its documents) and the ProposalCreated it emitted. */
  async function submitted(channel: Channel, body: (customerId: string) => object, customer: object = retiree()) {
    const client = api(service, channel);
    const customerId = (await client.post('customers', channel === 'digital' ? { ...customer, cpf: client.cpf } : customer)).body.id;
    const created = await client.post('proposals', body(customerId), { 'Idempotency-Key': randomUUID() });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    if (channel === 'digital') {
      for (const kind of ['SELFIE', 'ID_FRONT']) expect((await client.post(`proposals/${id}/documents`, { kind, contentBase64: PNG, mimeType: 'image/png' })).status).toBe(201);
    }
    const event = (await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload.proposalId === id)).value as EventEnvelope<'ProposalCreated'>;
    return { id, customerId, created: created.body, product: event.payload.product, channel: event.payload.channel, event };
  }

  type Flow = Awaited<ReturnType<typeof submitted>>;
  const ids = (f: Flow) => ({ proposalId: f.id, customerId: f.customerId, product: f.product, channel: f.channel });
  const timeline = async (id: string) => (await api(service, 'internal').get(`proposals/${id}/timeline`)).body;
  const entries = async (id: string) => (await timeline(id)).entries.map((e: Json) => [e.eventType, e.outcome, e.stateAfter]);
  const waitForEntry = (id: string, eventType: string, outcome = 'APPLIED') =>
    waitFor(async () => (await timeline(id)).entries.find((e: Json) => e.eventType === eventType && e.outcome === outcome), { description: `${eventType} ${outcome} in the timeline` });

  /** Balance received, margin checked (INSS) and approved on the origin's statement. */
  async function approvedPortability(flow: Flow): Promise<EventEnvelope> {
    const balance = await publish(producer, service, 'PortabilityBalanceReceived', { ...examplePayload('PortabilityBalanceReceived'), proposalId: flow.id, terms: TERMS }, flow.event);
    let cause: EventEnvelope = balance;
    if (flow.product === 'INSS_CONSIGNADO') {
      await waitForState(service, flow.id, 'PENDING_MARGIN_CHECK');
      cause = await publish(producer, service, 'MarginChecked', { ...examplePayload('MarginChecked'), proposalId: flow.id }, balance);
    }
    await waitForState(service, flow.id, 'PENDING_CREDIT_ANALYSIS');
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids(flow), operationType: 'PORTABILITY', ...PORTED, portability: TERMS }, cause);
    await waitForState(service, flow.id, 'APPROVED');
    return approval;
  }

  async function settling(flow: Flow, contractId: string): Promise<EventEnvelope> {
    const approval = await approvedPortability(flow);
    const transfer = await publish(producer, service, 'PortabilityTransferRequested', { ...examplePayload('PortabilityTransferRequested'), proposalId: flow.id, customerId: flow.customerId, contractId, amount: '7213.55' }, approval);
    expect((await waitForState(service, flow.id, 'PENDING_PORTABILITY_SETTLEMENT')).contractId).toBe(contractId);
    return transfer;
  }

  it.each(['digital', 'corban', 'internal'] as const)('%s (stack-runner client): a portability asks for no amount and waits for the balance; a refinancing takes a troco of 0.00', async (channel) => {
    const caller = api(service, channel);
    const client = new ChannelClient(service.baseUrl, channel, async () => (await caller.token()) ?? undefined);
    const customerId = (await client.post<Json>(client.path('customers'), retiree(caller.cpf ? { cpf: caller.cpf } : {}))).body.id;
    const ported = await client.proposePortability({ customerId, ...ORIGIN, termMonths: 30 });
    expect(ported.status).toBe(201);
    const view = (await client.proposal(ported.body.id)).body;
    expect(view).toMatchObject({ operationType: 'PORTABILITY', state: 'PENDING_PORTABILITY_BALANCE', termMonths: 30, portability: ORIGIN });
    expect(view.requestedAmount).toBeUndefined();
    const created = await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload.proposalId === ported.body.id);
    expect(created.value.payload).toMatchObject({ operationType: 'PORTABILITY', requestedAmount: '0.00', termMonths: 30, portability: ORIGIN, channel: channel.toUpperCase() });

    const oldContract = randomUUID();
    const refinanced = await client.proposeRefinancing({ customerId, refinancedContractId: oldContract, troco: '0.00', termMonths: 84 });
    expect((await client.proposal(refinanced.body.id)).body).toMatchObject({ operationType: 'REFINANCING', state: 'PENDING_MARGIN_CHECK', requestedAmount: '0.00', refinancedContractId: oldContract });
    const event = await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload.proposalId === refinanced.body.id);
    expect(event.value.payload).toMatchObject({ operationType: 'REFINANCING', requestedAmount: '0.00', refinancedContractId: oldContract });
    expect((await client.timeline(refinanced.body.id)).body.entries.map((e: Json) => e.eventType)).toEqual(['ProposalCreated']);

    const cancelled = await client.cancel(ported.body.id, 'desistiu');
    expect([cancelled.status, cancelled.body['state']]).toEqual([200, 'CANCELLED']);
    const personal = await client.proposePortability({ customerId, ...ORIGIN, termMonths: 12, product: 'PERSONAL' as never });
    expect([personal.status, personal.body['code']]).toEqual([422, 'PROPOSAL.OPERATION_NOT_ALLOWED']);
  });

  it('an INSS portability walks PENDING_PORTABILITY_BALANCE → … → CONTRACTED, a margin check that overtook the balance retried, its commission on the ported balance', async () => {
    const flow = await submitted('corban', (c) => portability(c));
    const contractId = randomUUID();
    const balance = createEnvelope('PortabilityBalanceReceived', { payload: { ...examplePayload('PortabilityBalanceReceived'), proposalId: flow.id, terms: TERMS } }, flow.event);
    const margin = createEnvelope('MarginChecked', { payload: { ...examplePayload('MarginChecked'), proposalId: flow.id } }, balance);
    await producer.sendBatch({
      topicMessages: [
        { topic: topicOf(service, 'MarginChecked'), messages: [{ key: flow.id, value: JSON.stringify(margin) }] },
        { topic: topicOf(service, 'PortabilityBalanceReceived'), messages: [{ key: flow.id, value: JSON.stringify(balance) }] },
      ],
    });
    await waitForState(service, flow.id, 'PENDING_CREDIT_ANALYSIS');
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids(flow), operationType: 'PORTABILITY', ...PORTED, portability: TERMS }, margin);
    await waitForState(service, flow.id, 'APPROVED');
    const transfer = await publish(producer, service, 'PortabilityTransferRequested', { ...examplePayload('PortabilityTransferRequested'), proposalId: flow.id, customerId: flow.customerId, contractId, amount: '7213.55' }, approval);
    await waitForState(service, flow.id, 'PENDING_PORTABILITY_SETTLEMENT');
    const completed = await publish(producer, service, 'PortabilityTransferCompleted', { ...examplePayload('PortabilityTransferCompleted'), proposalId: flow.id, contractId, amount: '7213.55' }, transfer);
    await waitForEntry(flow.id, 'PortabilityTransferCompleted');
    const averbation = await publish(producer, service, 'AverbationRequested', { ...examplePayload('AverbationRequested'), proposalId: flow.id, customerId: flow.customerId, contractId, operationType: 'PORTABILITY', portability: ORIGIN }, completed);
    await waitForState(service, flow.id, 'PENDING_AVERBATION');
    const activated = await publish(producer, service, 'ContractActivated', { ...examplePayload('ContractActivated'), ...ids(flow), contractId, operationType: 'PORTABILITY', ...PORTED }, averbation);
    const contracted = await waitForState(service, flow.id, 'CONTRACTED');

    expect(contracted).toMatchObject({
      contractId,
      // 7213.55 × 1.50% (COMMISSION_PORTABILITY_PERCENT's default) = 108.20325 → 108.20.
      commission: { operationType: 'PORTABILITY', percent: '1.50', base: '7213.55', amount: '108.20' },
      portability: {
        ...ORIGIN, portabilityNumber: NU, balance: '7213.55', balanceDate: '2025-02-11', remainingInstallments: 30, originInstallment: '330.00', originMonthlyRate: '0.0199',
        dueBalanceLimitDate: '2025-02-13', retentionOffer: { monthlyRate: '0.0170', installmentAmount: '291.02', termMonths: 30 },
        transfer: { amount: '7213.55', requestedAt: '2025-02-12T10:00:00.000Z', completedAt: '2025-02-13T11:00:00.000Z', settlementReceipt: 'QUIT-2025-000981' },
      },
    });
    const { entries: all } = await timeline(flow.id);
    expect(all.map((e: Json) => [e.eventType, e.outcome, e.stateAfter])).toEqual([
      ['ProposalCreated', 'APPLIED', 'PENDING_PORTABILITY_BALANCE'],
      ['PortabilityBalanceReceived', 'APPLIED', 'PENDING_MARGIN_CHECK'],
      ['MarginChecked', 'APPLIED', 'PENDING_CREDIT_ANALYSIS'],
      ['CreditApproved', 'APPLIED', 'APPROVED'],
      ['PortabilityTransferRequested', 'APPLIED', 'PENDING_PORTABILITY_SETTLEMENT'],
      ['PortabilityTransferCompleted', 'APPLIED', 'PENDING_PORTABILITY_SETTLEMENT'],
      ['AverbationRequested', 'APPLIED', 'PENDING_AVERBATION'],
      ['ContractActivated', 'APPLIED', 'CONTRACTED'],
    ]);
    expect(all.map((e: Json) => e.eventId)).toEqual([flow.event, balance, margin, approval, transfer, completed, averbation, activated].map((e) => e.eventId));
    expect(all[1].summary).toBe('Saldo devedor informado pela origem: R$ 7.213,55 em 11/02/2025, 30 parcelas restantes de R$ 330,00 (NU 202502110000000012345); contraproposta de retenção da origem: 30 parcelas de R$ 291,02');
    expect(all[5].summary).toBe('Saldo de R$ 7.213,55 transferido; a origem confirmou a liquidação do contrato');

    // The same activation again, and another one: applied once, the commission recorded once.
    await producer.send({ topic: topicOf(service, 'ContractActivated'), messages: [{ key: contractId, value: JSON.stringify(activated) }] });
    await publish(producer, service, 'ContractActivated', { ...examplePayload('ContractActivated'), ...ids(flow), contractId, operationType: 'PORTABILITY', ...PORTED, releasedAmount: '9999.99' }, averbation);
    await waitForEntry(flow.id, 'ContractActivated', 'STALE');
    expect((await entries(flow.id)).filter(([type]: string[]) => type === 'ContractActivated')).toEqual([['ContractActivated', 'APPLIED', 'CONTRACTED'], ['ContractActivated', 'STALE', 'CONTRACTED']]);
    expect((await api(service, 'corban').get(`proposals/${flow.id}`)).body.commission).toEqual(contracted.commission);
  });

  it('a servant portability is contracted on the settlement, without averbação', async () => {
    const flow = await submitted('internal', (c) => portability(c, 'SERVIDOR_CONSIGNADO'), retiree({ linkType: 'SERVIDOR', benefit: undefined }));
    const contractId = randomUUID();
    const transfer = await settling(flow, contractId);
    const completed = await publish(producer, service, 'PortabilityTransferCompleted', { ...examplePayload('PortabilityTransferCompleted'), proposalId: flow.id, contractId, amount: '7213.55' }, transfer);
    await publish(producer, service, 'ContractActivated', { ...examplePayload('ContractActivated'), ...ids(flow), contractId, operationType: 'PORTABILITY', ...PORTED }, completed);
    expect((await waitForState(service, flow.id, 'CONTRACTED')).commission).toBeUndefined();
    expect((await entries(flow.id)).slice(1).map(([type, , state]: string[]) => [type, state])).toEqual([
      ['PortabilityBalanceReceived', 'PENDING_CREDIT_ANALYSIS'],
      ['CreditApproved', 'APPROVED'],
      ['PortabilityTransferRequested', 'PENDING_PORTABILITY_SETTLEMENT'],
      ['PortabilityTransferCompleted', 'PENDING_PORTABILITY_SETTLEMENT'],
      ['ContractActivated', 'CONTRACTED'],
    ]);
  });

  it('the balance request fails: the reason shown while waiting, then REJECTED on CreditRejected', async () => {
    const flow = await submitted('internal', (c) => portability(c));
    const failed = await publish(producer, service, 'PortabilityRequestFailed', { ...examplePayload('PortabilityRequestFailed'), proposalId: flow.id }, flow.event);
    await waitForEntry(flow.id, 'PortabilityRequestFailed');
    const waiting = (await api(service, 'internal').get(`proposals/${flow.id}`)).body;
    expect(waiting.state).toBe('PENDING_PORTABILITY_BALANCE');
    expect(waiting.portability.failure).toEqual({ stage: 'BALANCE_REQUEST', reason: 'CUSTOMER_RETAINED', code: 'PORTABILITY.RETENCAO_DO_CLIENTE', message: 'O cliente aceitou a contraproposta da instituição de origem.', at: '2025-02-12T10:00:00.000Z' });
    const reasons = [{ ...examplePayload('CreditRejected').reasons[0], rule: 'PORTABILITY.ORIGIN', code: 'PORTABILITY.RETENCAO_DO_CLIENTE', measured: 'CUSTOMER_RETAINED', limit: 'BALANCE', message: 'O cliente aceitou a contraproposta da instituição de origem.' }];
    await publish(producer, service, 'CreditRejected', { ...examplePayload('CreditRejected'), ...ids(flow), operationType: 'PORTABILITY', reasons }, failed);
    const rejected = await waitForState(service, flow.id, 'REJECTED');
    expect(rejected.decision.reasons[0]).toMatchObject({ code: 'PORTABILITY.RETENCAO_DO_CLIENTE', passed: false });
    expect(await entries(flow.id)).toEqual([
      ['ProposalCreated', 'APPLIED', 'PENDING_PORTABILITY_BALANCE'],
      ['PortabilityRequestFailed', 'APPLIED', 'PENDING_PORTABILITY_BALANCE'],
      ['CreditRejected', 'APPLIED', 'REJECTED'],
    ]);
  });

  it('the transfer fails: CANCELLED on ContractCancelled PORTABILITY_FAILED, the exchange reason kept', async () => {
    const flow = await submitted('corban', (c) => portability(c));
    const contractId = randomUUID();
    const transfer = await settling(flow, contractId);
    const failed = await publish(producer, service, 'PortabilityTransferFailed', { ...examplePayload('PortabilityTransferFailed'), proposalId: flow.id, contractId }, transfer);
    await waitForEntry(flow.id, 'PortabilityTransferFailed');
    await publish(producer, service, 'ContractCancelled', { ...examplePayload('ContractCancelled'), proposalId: flow.id, customerId: flow.customerId, contractId, reason: 'PORTABILITY_FAILED', averbationRegistered: false, cancelledAt: '2025-02-13T11:00:02.000Z' }, failed);
    const cancelled = await waitForState(service, flow.id, 'CANCELLED');
    expect(cancelled.contractCancellation).toEqual({ reason: 'PORTABILITY_FAILED', cancelledAt: '2025-02-13T11:00:02.000Z' });
    expect(cancelled.portability.failure).toMatchObject({ stage: 'TRANSFER', reason: 'FUNDS_RETURNED', code: 'PORTABILITY.STR0048', message: 'A instituição de origem devolveu a transferência.' });
    expect(cancelled.commission).toBeUndefined();
    expect((await entries(flow.id)).slice(-2)).toEqual([
      ['PortabilityTransferFailed', 'APPLIED', 'PENDING_PORTABILITY_SETTLEMENT'],
      ['ContractCancelled', 'APPLIED', 'CANCELLED'],
    ]);
  });

  it('the customer cancels while the settlement is pending (ProposalCancelled), and no more once the origin confirmed it', async () => {
    const flow = await submitted('corban', (c) => portability(c));
    const contractId = randomUUID();
    await settling(flow, contractId);
    const reply = await api(service, 'corban').post(`proposals/${flow.id}/cancel`, {});
    expect([reply.status, reply.body.state, reply.body.cancellation.reason]).toEqual([200, 'CANCELLED', 'CUSTOMER_REQUEST']);
    const event = await tap.find(topicOf(service, 'ProposalCancelled'), (e) => e.payload.proposalId === flow.id);
    expect(event.value.payload).toEqual({ proposalId: flow.id, customerId: flow.customerId, reason: 'CUSTOMER_REQUEST', requestedAt: '2026-03-10T12:00:00.000Z' });
    await publish(producer, service, 'ContractCancelled', { ...examplePayload('ContractCancelled'), proposalId: flow.id, customerId: flow.customerId, contractId, reason: 'CUSTOMER_REQUEST', averbationRegistered: false }, event.value);
    await waitForEntry(flow.id, 'ContractCancelled', 'STALE');

    const settled = await submitted('corban', (c) => portability(c));
    const settledContract = randomUUID();
    const transfer = await settling(settled, settledContract);
    await publish(producer, service, 'PortabilityTransferCompleted', { ...examplePayload('PortabilityTransferCompleted'), proposalId: settled.id, contractId: settledContract, amount: '7213.55' }, transfer);
    await waitForEntry(settled.id, 'PortabilityTransferCompleted');
    const before = await countRows(service, ['outbox', 'proposal_timeline']);
    const refused = await api(service, 'corban').post(`proposals/${settled.id}/cancel`, {});
    expect([refused.status, refused.body.code, refused.body.detail]).toEqual([
      409,
      'PROPOSAL.PORTABILITY_ALREADY_SETTLED',
      'A portabilidade já foi liquidada na instituição de origem; o cancelamento só é possível pelo direito de arrependimento após a contratação.',
    ]);
    expect(await countRows(service, ['outbox', 'proposal_timeline'])).toEqual(before);
    expect((await api(service, 'corban').get(`proposals/${settled.id}`)).body.state).toBe('PENDING_PORTABILITY_SETTLEMENT');
  });

  it('a refinancing with troco 0.00: the approved terms shown, contracted with the commission at the refinancing rate', async () => {
    const oldContract = randomUUID();
    const flow = await submitted('corban', (c) => refinancing(c, '0.00', oldContract));
    const contractId = randomUUID();
    const terms = { contractId: oldContract, payoffDate: '2026-03-10', payoff: '7563.47', troco: '0.00' };
    const money = { releasedAmount: '7563.47', financedAmount: '7563.47', iof: '0.00', termMonths: 84 };
    const margin = await publish(producer, service, 'MarginChecked', { ...examplePayload('MarginChecked'), proposalId: flow.id }, flow.event);
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids(flow), operationType: 'REFINANCING', refinancedContractId: oldContract, refinancing: terms, ...money }, margin);
    expect((await waitForState(service, flow.id, 'APPROVED')).refinancing).toEqual(terms);
    const averbation = await publish(producer, service, 'AverbationRequested', { ...examplePayload('AverbationRequested'), proposalId: flow.id, customerId: flow.customerId, contractId, operationType: 'REFINANCING', refinancedContractId: oldContract }, approval);
    await waitForState(service, flow.id, 'PENDING_AVERBATION');
    await publish(producer, service, 'ContractActivated', { ...examplePayload('ContractActivated'), ...ids(flow), contractId, operationType: 'REFINANCING', refinancedContractId: oldContract, refinancing: terms, ...money }, averbation);
    const contracted = await waitForState(service, flow.id, 'CONTRACTED');
    // 7563.47 × 2.00% (COMMISSION_REFINANCING_PERCENT's default) = 151.2694 → 151.27, on payoff + troco.
    expect(contracted).toMatchObject({ requestedAmount: '0.00', refinancing: terms, commission: { operationType: 'REFINANCING', percent: '2.00', base: '7563.47', amount: '151.27' } });
    expect((await timeline(flow.id)).entries[0].summary).toBe('Refinanciamento enviado para análise: troco de R$ 0,00 em 84 meses');
  });

  it('a refinancing loan refuses ends CANCELLED with REFINANCING_REFUSED', async () => {
    const oldContract = randomUUID();
    const flow = await submitted('internal', (c) => refinancing(c, '500.00', oldContract));
    const terms = { contractId: oldContract, payoffDate: '2026-03-10', payoff: '7563.47', troco: '500.00' };
    const approval = await publish(producer, service, 'CreditApproved', { ...examplePayload('CreditApproved'), ...ids(flow), operationType: 'REFINANCING', refinancing: terms, releasedAmount: '8063.47' }, await publish(producer, service, 'MarginChecked', { ...examplePayload('MarginChecked'), proposalId: flow.id }, flow.event));
    await waitForState(service, flow.id, 'APPROVED');
    await publish(producer, service, 'ContractCancelled', { ...examplePayload('ContractCancelled'), proposalId: flow.id, customerId: flow.customerId, contractId: randomUUID(), reason: 'REFINANCING_REFUSED', averbationRegistered: false }, approval);
    const cancelled = await waitForState(service, flow.id, 'CANCELLED');
    expect([cancelled.contractCancellation.reason, cancelled.refinancing]).toEqual(['REFINANCING_REFUSED', terms]);
    expect((await timeline(flow.id)).entries.at(-1).summary).toBe('Contrato cancelado: o contrato a refinanciar não pôde ser refinanciado');
  });

  it('dead-letters a portability event for a proposal that is no portability, changing nothing', async () => {
    const flow = await submitted('internal', (c) => refinancing(c, '100.00', randomUUID()));
    const stray = await publish(producer, service, 'PortabilityBalanceReceived', { ...examplePayload('PortabilityBalanceReceived'), proposalId: flow.id }, flow.event);
    await tap.find(dlqOf(service), (r) => JSON.stringify(r).includes(stray.eventId));
    expect(await entries(flow.id)).toEqual([['ProposalCreated', 'APPLIED', 'PENDING_MARGIN_CHECK']]);
  });
});
