import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { examplePayload } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { opened, startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { LoanConfig } from '../src/config';
import { inssApproval, personalApproval } from './fixtures/approvals';
import { installmentPayment } from './fixtures/payments';
import { acceptIssued, dlqOf, getAs, publish, type Reply, Tap, TestClock, type AnyEnvelope, type DeadLetter } from './support';

/** Loan on the real broker and PostgreSQL (R-LN-1, R-PR-8, R-PA-2, R-EV-4, R-EV-5). */
describe('loan service on the real stack', () => {
  const kafka = testKafka();
  const clock = new TestClock(new Date('2026-03-10T13:00:00.000Z'));
  let service: TestService<LoanConfig>;
  let producer: Producer;
  let tap: Tap;
  let ns: string;
  const topic = (t: Parameters<typeof namespacedTopic>[1]) => namespacedTopic({ namespace: ns }, t);

  beforeAll(async () => {
    service = await startTestService({ service: 'loan', config: LoanConfig, module: (c) => AppModule.register(c, { clock }), env: { EVENT_MAX_ATTEMPTS: '3' } });
    ns = service.namespace;
    producer = kafka.producer();
    await producer.connect();
    tap = new Tap(kafka);
    await tap.start([topic('ContractIssued'), topic('AverbationRequested'), topic('ContractActivated'), topic('ContractCancelled'), topic('ContractSettled'), dlqOf(ns, 'loan')]);
  });

  afterAll(async () => {
    await tap?.stop();
    await producer?.disconnect();
    await service?.close();
  });

  /** Reads as servicing-ops (a back-office system of the local provider) unless given a customer's token. */
  const get = (path: string, token?: string): Promise<Reply> => getAs(service.baseUrl, path, token);
  const contractOf = async (proposalId: string): Promise<any> =>
    waitFor(async () => (await get(`/v1/contracts?proposalId=${proposalId}`)).body.items[0], { description: `contract of ${proposalId}` });
  const contract = async (id: string): Promise<any> => (await get(`/v1/contracts/${id}`)).body;
  const eventOn = <T extends AnyEnvelope>(t: Parameters<typeof topic>[0], match: (e: T) => boolean) => tap.find<T>(topic(t), match);
  const deadLetter = (match: (d: DeadLetter) => boolean) => tap.find<DeadLetter>(dlqOf(ns, 'loan'), match);
  /** The customer accepts the proposal's CCB (R-LN-9): the contract opens. */
  const accept = (proposalId: string) => acceptIssued(tap, producer, ns, proposalId);
  /** Accepts a PERSONAL loan's CCB and waits for it in force. */
  const activeOf = async (proposalId: string): Promise<any> => {
    await accept(proposalId);
    return contract((await eventOn<any>('ContractActivated', (e) => e.payload.proposalId === proposalId)).aggregateId);
  };

  /** Books an INSS contract, accepts its CCB and returns it with the AverbationRequested the acceptance caused. */
  async function bookInss(): Promise<{ approved: AnyEnvelope; accepted: AnyEnvelope; requested: any; contractId: string }> {
    const approved = await publish(producer, ns, 'CreditApproved', inssApproval());
    const { accepted } = await accept(approved.aggregateId);
    const requested = await eventOn<any>('AverbationRequested', (e) => e.payload.proposalId === approved.aggregateId);
    return { approved, accepted, requested, contractId: requested.payload.contractId };
  }

  /** Dataprev's registration of the INSS fixture's deduction (231.24 × 96 from 2026-04-10). */
  const averbationCompleted = (contractId: string, proposalId: string) => ({
    ...examplePayload('AverbationCompleted'), contractId, proposalId, averbationId: randomUUID(), protocol: `DTP-IT-${contractId.slice(0, 8)}`,
    installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10',
  });

  it('books INSS consignado, and on the acceptance of its CCB, PENDING_AVERBATION with 96 rows asks for averbação', async () => {
    const { approved, accepted, requested, contractId } = await bookInss();
    const p = (approved as { payload: ReturnType<typeof inssApproval> }).payload;
    // The CPF travels sealed (LGPD): not in clear on Kafka, the approval's once opened.
    expect(JSON.stringify(requested)).not.toContain(p.cpf);
    expect(opened(requested)).toMatchObject({
      eventType: 'AverbationRequested', aggregateType: 'Contract', aggregateId: contractId,
      metadata: { correlationId: accepted.metadata.correlationId, causationId: accepted.eventId },
      payload: { proposalId: p.proposalId, customerId: p.customerId, cpf: p.cpf, benefitNumber: '1234567890', product: 'INSS_CONSIGNADO',
        financedAmount: '10342.09', monthlyRate: '0.0185', installmentAmount: '231.24', termMonths: 96, contractDate: '2026-03-10', firstDueDate: '2026-04-10' },
    });
    const view = await contract(contractId);
    expect(view).toMatchObject({ id: contractId, status: 'PENDING_AVERBATION', financedAmount: '10342.09', installmentAmount: '231.24', totalPayable: '22198.54', remainingInstallments: 96, outstandingPrincipal: '10342.09', activatedAt: null });
    expect(view.installments).toHaveLength(96);
    expect(view.installments[0]).toEqual({ number: 1, dueDate: '2026-04-10', installment: '231.24', interest: '197.77', amortization: '33.47', balance: '10308.62', status: 'PENDING', paidDate: null, paidAmount: null, fine: null, mora: null });
    expect(view.installments[95]).toMatchObject({ number: 96, dueDate: '2034-03-10', installment: '230.74', balance: '0.00' });
    expect(JSON.stringify(view)).not.toContain(p.cpf);
  });

  it('activates on AverbationCompleted and publishes ContractActivated with the protocol and the schedule', async () => {
    const { approved, contractId } = await bookInss();
    clock.current = new Date('2026-03-11T09:00:00.000Z');
    const completed = await publish(producer, ns, 'AverbationCompleted', averbationCompleted(contractId, approved.aggregateId));
    const activated = await eventOn<any>('ContractActivated', (e) => e.aggregateId === contractId);
    expect(activated.metadata).toMatchObject({ correlationId: completed.metadata.correlationId, causationId: completed.eventId });
    expect(activated.payload).toMatchObject({ averbationProtocol: completed.payload.protocol, activatedAt: '2026-03-11T09:00:00.000Z', installmentAmount: '231.24', totalPayable: '22198.54' });
    expect(activated.payload.schedule).toHaveLength(96);
    expect(activated.payload.schedule[95]).toEqual({ number: 96, dueDate: '2034-03-10', amount: '230.74' });
    expect(await contract(contractId)).toMatchObject({ status: 'ACTIVE', averbation: { protocol: completed.payload.protocol } });
  });

  it('dead-letters a registration that does not match the contract, leaving it pending', async () => {
    const { approved, contractId } = await bookInss();
    const completed = await publish(producer, ns, 'AverbationCompleted', { ...averbationCompleted(contractId, approved.aggregateId), installmentAmount: '311.36' });
    const dead = await deadLetter((d) => d.eventId === completed.eventId);
    expect(dead).toMatchObject({ reason: 'permanent-error', error: { code: 'CONTRACT.AVERBATION_MISMATCH' } });
    expect((await contract(contractId)).status).toBe('PENDING_AVERBATION');
  });

  it('records a retryable AverbationFailed and fails the contract on a final one', async () => {
    const { approved, contractId } = await bookInss();
    const failed = { ...examplePayload('AverbationFailed'), contractId, proposalId: approved.aggregateId };
    await publish(producer, ns, 'AverbationFailed', { ...failed, retryable: true, code: 'DATAPREV.UNAVAILABLE' });
    await waitFor(async () => (await contract(contractId)).averbation.failures.length === 1);
    expect((await contract(contractId)).status).toBe('PENDING_AVERBATION');
    await publish(producer, ns, 'AverbationFailed', { ...failed, retryable: false });
    await waitFor(async () => (await contract(contractId)).status === 'AVERBATION_FAILED');
    expect((await contract(contractId)).averbation.failures.map((f: any) => f.code)).toEqual(['DATAPREV.UNAVAILABLE', 'AVERBATION.MARGIN_INSUFFICIENT']);
  });

  it('activates a PERSONAL loan at once with ContractActivated', async () => {
    clock.current = new Date('2026-03-10T13:00:00.000Z');
    const approved = await publish(producer, ns, 'CreditApproved', personalApproval());
    const { accepted } = await accept(approved.aggregateId);
    const activated = await eventOn<any>('ContractActivated', (e) => e.payload.proposalId === approved.aggregateId);
    expect(activated.metadata.causationId).toBe(accepted.eventId);
    expect(activated.payload).toMatchObject({ product: 'PERSONAL', installmentAmount: '725.34', activatedAt: '2026-03-10T13:00:00.000Z' });
    expect(activated.payload.averbationProtocol).toBeUndefined();
    expect(tap.all<any>(topic('AverbationRequested'), (e) => e.payload.proposalId === approved.aggregateId)).toEqual([]);
    expect((await contract(activated.aggregateId)).status).toBe('ACTIVE');
  });

  it('books one contract per proposal, whatever the duplicates', async () => {
    const approval = inssApproval();
    const first = await publish(producer, ns, 'CreditApproved', approval);
    await producer.send({ topic: topic('CreditApproved'), messages: [{ key: first.aggregateId, value: JSON.stringify(first) }] });
    await publish(producer, ns, 'CreditApproved', approval); // same proposal, new eventId
    // A later approval on the same partition proves the duplicates before it were consumed.
    const marker = await publish(producer, ns, 'CreditApproved', inssApproval(), { partition: first.partition });
    await contractOf(marker.aggregateId);
    expect((await get(`/v1/contracts?proposalId=${approval.proposalId}`)).body.items).toHaveLength(1);
    expect(tap.all<any>(topic('ContractIssued'), (e) => e.payload.proposalId === approval.proposalId)).toHaveLength(1);
  });

  it('dead-letters an approval whose installment disagrees, booking nothing', async () => {
    const approved = await publish(producer, ns, 'CreditApproved', inssApproval({ installmentAmount: '231.25' }));
    const dead = await deadLetter((d) => d.eventId === approved.eventId);
    expect(dead).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'CONTRACT.INSTALLMENT_MISMATCH' } });
    expect((await get(`/v1/contracts?proposalId=${approved.aggregateId}`)).body.items).toEqual([]);
  });

  it('cancels on the right of regret within 7 days and ignores it on day 8, explaining why', async () => {
    clock.current = new Date('2026-03-10T13:00:00.000Z');
    const [a, b] = [personalApproval(), personalApproval()];
    await publish(producer, ns, 'CreditApproved', a);
    await publish(producer, ns, 'CreditApproved', b);
    const [ca, cb] = [await activeOf(a.proposalId), await activeOf(b.proposalId)];
    const regret = (p: typeof a, contractId: string, requestedAt: string) => ({ proposalId: p.proposalId, customerId: p.customerId, reason: 'RIGHT_OF_REGRET' as const, contractId, requestedAt });
    clock.current = new Date('2026-03-18T13:00:00.000Z');
    const asked = await publish(producer, ns, 'ProposalCancelled', regret(a, ca.id, '2026-03-17T20:00:00.000Z'));
    await publish(producer, ns, 'ProposalCancelled', regret(b, cb.id, '2026-03-18T12:00:00.000Z'));
    const cancelled = await eventOn<any>('ContractCancelled', (e) => e.aggregateId === ca.id);
    expect(cancelled.metadata.causationId).toBe(asked.eventId);
    expect(cancelled.payload).toMatchObject({ reason: 'RIGHT_OF_REGRET', averbationRegistered: false, amountToReturn: '5000.00', cancelledAt: '2026-03-18T13:00:00.000Z' });
    expect(await contract(ca.id)).toMatchObject({ status: 'CANCELLED', cancellationReason: 'RIGHT_OF_REGRET', remainingInstallments: 0 });
    const late = await waitFor(async () => (await contract(cb.id)).cancellationRequests[0]);
    expect(late).toEqual({ reason: 'RIGHT_OF_REGRET', outcome: 'IGNORED', explanation: 'REGRET_WINDOW_EXPIRED', message: 'Prazo de 7 dias do direito de arrependimento encerrado (CDC art. 49).', requestedAt: '2026-03-18T12:00:00.000Z' });
    expect((await contract(cb.id)).status).toBe('ACTIVE');
  });

  it('cancels a contract still waiting for averbação, and never books a proposal cancelled before approval', async () => {
    const { approved, contractId } = await bookInss();
    const p = approved.payload as ReturnType<typeof inssApproval>;
    await publish(producer, ns, 'ProposalCancelled', { proposalId: p.proposalId, customerId: p.customerId, reason: 'CUSTOMER_REQUEST', requestedAt: '2026-03-10T14:00:00.000Z' });
    const cancelled = await eventOn<any>('ContractCancelled', (e) => e.aggregateId === contractId);
    expect(cancelled.payload).toMatchObject({ reason: 'CUSTOMER_REQUEST', averbationRegistered: false });
    expect(cancelled.payload.amountToReturn).toBeUndefined();

    const early = inssApproval();
    await publish(producer, ns, 'ProposalCancelled', { proposalId: early.proposalId, customerId: early.customerId, reason: 'CUSTOMER_REQUEST', requestedAt: '2026-03-10T14:00:00.000Z' });
    // The cancellation is on another topic: let it be recorded first (the other order is the case above).
    const db = service.app.get(DataSource);
    await waitFor(async () => (await db.query('SELECT explanation FROM cancellation_request WHERE proposal_id = $1', [early.proposalId]))[0]?.explanation === 'NO_CONTRACT');
    const late = await publish(producer, ns, 'CreditApproved', early);
    const marker = await publish(producer, ns, 'CreditApproved', inssApproval(), { partition: late.partition });
    await contractOf(marker.aggregateId);
    expect((await get(`/v1/contracts?proposalId=${early.proposalId}`)).body.items).toEqual([]);
  });

  it('marks installments paid and emits ContractSettled after the last one (R-PA-2)', async () => {
    const approved = await publish(producer, ns, 'CreditApproved', personalApproval());
    const booked = await activeOf(approved.aggregateId);
    const view = await contract(booked.id);
    // All twelve at once on the first due date: #1 on time, the others early (no charges); 8704.03 in all.
    const payment = installmentPayment(view, view.installments.map((i: any) => ({ number: i.number })), '2026-04-10');
    expect(payment.amount).toBe('8704.03');
    const paid = await publish(producer, ns, 'PaymentReceived', payment);
    const settled = await eventOn<any>('ContractSettled', (e) => e.aggregateId === booked.id);
    expect(settled.metadata.causationId).toBe(paid.eventId);
    expect(settled.payload).toMatchObject({ reason: 'PAID_OFF', customerId: booked.customerId });
    const after = await contract(booked.id);
    expect(after).toMatchObject({ status: 'SETTLED', paidInstallments: 12, remainingInstallments: 0, outstandingPrincipal: '0.00' });
    expect(after.installments[11]).toMatchObject({ status: 'PAID', paidDate: '2026-04-10', paidAmount: after.installments[11].installment, fine: '0.00' });
  });

  it('retries an AverbationCompleted for a contract it does not have, then dead-letters it for replay', async () => {
    const completed = await publish(producer, ns, 'AverbationCompleted', averbationCompleted(randomUUID(), randomUUID()));
    const dead = await deadLetter((d) => d.eventId === completed.eventId);
    expect(dead).toMatchObject({ reason: 'retries-exhausted', attempts: 3, error: { code: 'CONTRACT.NOT_BOOKED_YET' } });
  });

  it('dead-letters a malformed message and keeps consuming', async () => {
    await producer.send({ topic: topic('CreditApproved'), messages: [{ key: 'poison', value: '{"eventType":"CreditApproved","payload":{"installmentAmount":231.24}}' }] });
    const dead = await deadLetter((d) => d.original.key === 'poison');
    expect(dead.reason).toBe('invalid-envelope');
    const approved = await publish(producer, ns, 'CreditApproved', personalApproval());
    expect((await contractOf(approved.aggregateId)).status).toBe('AWAITING_ACCEPTANCE');
  });

  it('answers unknown and malformed ids with 404 CONTRACT.NOT_FOUND in pt-BR, and bad filters with 400', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const { status, body } = await get(`/v1/contracts/${id}`);
      expect([status, body.code, body.detail]).toEqual([404, 'CONTRACT.NOT_FOUND', 'Empréstimo não encontrado ou inválido']);
    }
    const bad = await get('/v1/contracts?customerId=123');
    expect([bad.status, bad.body.code, bad.body.errors[0].message]).toEqual([400, 'REQUEST.INVALID_BODY', 'customerId deve ser um UUID']);
    expect((await get('/v1/contracts')).status).toBe(400);
  });
});
