import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { testIdentity, testKafka } from '@consignado/testing';
import { inssApproval } from './fixtures/approvals';
import { settlementPayment } from './fixtures/payments';
import { startLoan, type LoanHarness } from './harness';
import { newCustomer } from './support';

/**
 * Loan, the erasure's gatekeeper (LGPD art. 16 I, R-SEC-3), on the real Kafka and PostgreSQL:
 * DataSubjectErasureRequested → one DataSubjectErasureDecided per request, decided on the
 * customer's contracts with the 10-year retention on the injectable clock's date; on ANONYMIZE
 * loan's own personal columns are gone in the same transaction. And the data subject's export.
 */
describe('loan: the data subject\'s erasure decision and export', () => {
  let loan: LoanHarness;
  let producer: Producer;

  beforeAll(async () => {
    loan = await startLoan(['DataSubjectErasureDecided', 'AverbationRequested', 'ContractActivated', 'ContractSettled']);
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await loan?.close();
  });

  const privacyOffice = async () => testIdentity().clientToken('privacy-office');
  const request = (customerId: string, requestId = randomUUID()): PayloadOf<'DataSubjectErasureRequested'> => ({
    ...examplePayload('DataSubjectErasureRequested'), requestId, customerId, proposalIds: [randomUUID()], requestedAt: loan.clock.now().toISOString(),
  });
  const decisionOf = (requestId: string) => loan.event<any>('DataSubjectErasureDecided', (e) => e.payload.requestId === requestId);
  const decisionsOf = (requestId: string) => loan.events('DataSubjectErasureDecided', (e) => e.payload.requestId === requestId);
  const contractRow = async (id: string) => (await loan.sql('SELECT benefit_number, pending_averbation_cpf, status, settled_at FROM contract WHERE id = $1', [id]))[0];
  const erasures = (customerId: string) => loan.sql('SELECT request_id, rows FROM personal_data_erasure WHERE customer_id = $1', [customerId]);
  const consumed = (eventId: string) => loan.waitFor(async () => (await loan.sql('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])).length > 0, `${eventId} consumed`);

  /** An INSS contract (benefit 1234567890) of `customerId`, activated by Dataprev's registration. */
  async function activeInss(customerId: string): Promise<any> {
    const approved = await loan.publish('CreditApproved', inssApproval({ customerId }));
    await loan.accept(approved.aggregateId);
    const requested = await loan.event<any>('AverbationRequested', (e) => e.payload.proposalId === approved.aggregateId);
    const contractId = requested.payload.contractId;
    await loan.publish('AverbationCompleted', {
      ...examplePayload('AverbationCompleted'), contractId, proposalId: approved.aggregateId, averbationId: randomUUID(), protocol: `DTP-DS-${contractId.slice(0, 8)}`,
      installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10',
    });
    await loan.event('ContractActivated', (e) => e.aggregateId === contractId);
    return loan.contract(contractId);
  }

  it('keeps the benefit number sealed at rest (new writes)', async () => {
    const view = await activeInss(randomUUID());
    expect((await contractRow(view.id)).benefit_number).toMatch(/^pii:v1:/);
    const everything = JSON.stringify(await loan.sql(`SELECT row_to_json(c)::text FROM contract c UNION ALL SELECT row_to_json(o)::text FROM outbox o`));
    expect(everything).toContain(view.id);
    expect(everything).not.toContain('1234567890');
  });

  it('(a) a customer with an ACTIVE contract: RETAIN CONTRACT_IN_FORCE, and nothing changed', async () => {
    const me = await newCustomer();
    const view = await activeInss(me.accountId);
    const before = await contractRow(view.id);
    const asked = await loan.publish('DataSubjectErasureRequested', request(me.accountId));
    const decided = await decisionOf(asked.payload.requestId);
    expect(decided.payload).toEqual({
      requestId: asked.payload.requestId, customerId: me.accountId, origin: 'DATA_SUBJECT', decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE',
      proposalIds: asked.payload.proposalIds, contractIds: [view.id], decidedAt: '2026-04-10T13:00:00.000Z',
    });
    expect(decided.metadata).toMatchObject({ correlationId: asked.metadata.correlationId, causationId: asked.eventId });
    expect(await contractRow(view.id)).toEqual(before);
    expect(await erasures(me.accountId)).toEqual([]);

    // The export: the privacy officer and the customer see the benefit number opened; another customer gets 404.
    for (const token of [await privacyOffice(), me.accessToken]) {
      const { status, body } = await loan.get(`/v1/personal-data/${me.accountId}`, token);
      expect(status).toBe(200);
      expect(body.records.contracts).toEqual([expect.objectContaining({ id: view.id, customerId: me.accountId, benefitNumber: '1234567890', status: 'ACTIVE' })]);
      expect(body.records.installments).toHaveLength(96);
      // The CCB by hash (its CPF masked, nothing to erase) and the acceptance on the contract row (R-LN-9).
      expect(body.records.documents).toEqual([expect.objectContaining({ contractId: view.id, kind: 'CCB', sha256: view.formalization.documentHash })]);
      expect(body.records.contracts[0]).toMatchObject({ documentHash: view.formalization.documentHash, acceptedDocumentHash: view.formalization.documentHash, acceptedBy: expect.any(String) });
      expect(body.records.erasureDecisions).toEqual([expect.objectContaining({ requestId: asked.payload.requestId, decision: 'RETAIN', reason: 'CONTRACT_IN_FORCE' })]);
    }
    expect(await loan.get(`/v1/personal-data/${randomUUID()}`, me.accessToken)).toMatchObject({ status: 404, body: { code: 'PERSONAL_DATA.NOT_FOUND', detail: 'Titular não encontrado' } });
    expect(await loan.get('/v1/personal-data/12345', await privacyOffice())).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID_BODY' } });
    expect((await loan.get(`/v1/personal-data/${me.accountId}`)).body.code).toBe('AUTH.INSUFFICIENT_SCOPE');
    const audit = await loan.get('/v1/admin/audit?action=personal-data.export', await testIdentity().staffToken('carla.auditora'));
    expect(audit.body.items.filter((e: any) => e.path === `/v1/personal-data/${me.accountId}`).map((e: any) => [e.clientId, e.status])).toEqual([['digital-app', 200], ['privacy-office', 200]]);
  });

  it('(b) a customer with no contracts: ANONYMIZE, nothing to null here; the export is empty but for the erasure', async () => {
    const customerId = randomUUID();
    const asked = await loan.publish('DataSubjectErasureRequested', { ...request(customerId), origin: 'PRIVACY_OFFICER' });
    const decided = await decisionOf(asked.payload.requestId);
    expect(decided.payload).toEqual({ requestId: asked.payload.requestId, customerId, origin: 'PRIVACY_OFFICER', decision: 'ANONYMIZE', proposalIds: asked.payload.proposalIds, contractIds: [], decidedAt: '2026-04-10T13:00:00.000Z' });
    expect(await erasures(customerId)).toEqual([{ request_id: asked.payload.requestId, rows: { contract: 0 } }]);
    const { body } = await loan.get(`/v1/personal-data/${customerId}`, await privacyOffice());
    expect(body.records).toMatchObject({ contracts: [], installments: [], payments: [], portabilityOutRequests: [], cancellationRequests: [] });
    expect(body.erasures).toEqual([expect.objectContaining({ requestId: asked.payload.requestId, origin: 'PRIVACY_OFFICER', rows: { contract: 0 } })]);
  });

  it('(c) a contract settled 2026-03-20: RETAIN until 2036-03-20 the day before, ANONYMIZE on it, and loan\'s rows anonymized', async () => {
    const me = await newCustomer();
    loan.clock.current = new Date('2026-03-11T09:00:00.000Z');
    const view = await activeInss(me.accountId);
    const quote = (await loan.get(`/v1/contracts/${view.id}/payoff?date=2026-03-20`)).body;
    loan.clock.current = new Date('2026-03-20T18:00:00.000Z');
    await loan.publish('PaymentReceived', settlementPayment(view, quote.amount, '2026-03-20'));
    await loan.event('ContractSettled', (e) => e.aggregateId === view.id);

    loan.clock.current = new Date('2036-03-19T23:00:00.000Z'); // 20:00 in Brasília, still 2036-03-19
    const early = await loan.publish('DataSubjectErasureRequested', { ...request(me.accountId), origin: 'RETENTION' });
    expect((await decisionOf(early.payload.requestId)).payload).toMatchObject({ decision: 'RETAIN', reason: 'CONTRACT_RECORDS_RETENTION', retainedUntil: '2036-03-20', contractIds: [view.id] });
    expect((await contractRow(view.id)).benefit_number).toMatch(/^pii:v1:/);

    loan.clock.current = new Date('2036-03-20T13:00:00.000Z');
    const due = await loan.publish('DataSubjectErasureRequested', { ...request(me.accountId), origin: 'RETENTION' });
    const decided = await decisionOf(due.payload.requestId);
    expect(decided.payload).toEqual({ requestId: due.payload.requestId, customerId: me.accountId, origin: 'RETENTION', decision: 'ANONYMIZE', proposalIds: due.payload.proposalIds, contractIds: [view.id], decidedAt: '2036-03-20T13:00:00.000Z' });
    expect(await contractRow(view.id)).toMatchObject({ benefit_number: null, pending_averbation_cpf: null, status: 'SETTLED' });
    expect(await erasures(me.accountId)).toEqual([{ request_id: due.payload.requestId, rows: { contract: 1 } }]);

    const { body } = await loan.get(`/v1/personal-data/${me.accountId}`, me.accessToken);
    expect(body.records.contracts).toEqual([expect.objectContaining({ id: view.id, benefitNumber: null, status: 'SETTLED', settlementAmount: quote.amount, financedAmount: '10342.09' })]);
    expect(JSON.stringify(body.records)).not.toContain('1234567890');
    expect(body.erasures).toEqual([expect.objectContaining({ requestId: due.payload.requestId, origin: 'RETENTION', rows: { contract: 1 } })]);
    expect((await loan.contract(view.id)).status).toBe('SETTLED');
  });

  it('(d) the same request again — the same event, then another event of it — is decided and published once', async () => {
    const customerId = randomUUID();
    const asked = await loan.publish('DataSubjectErasureRequested', request(customerId));
    await decisionOf(asked.payload.requestId);
    const { partition, ...envelope } = asked;
    await producer.send({ topic: loan.topic('DataSubjectErasureRequested'), messages: [{ key: customerId, value: JSON.stringify(envelope), partition }] });
    const again = await loan.publish('DataSubjectErasureRequested', asked.payload);
    expect(again.eventId).not.toBe(asked.eventId);
    await consumed(again.eventId);
    // Anything published in that transaction would be in the outbox now: one decision only.
    const outbox = await loan.sql(`SELECT count(*)::int AS n FROM outbox WHERE event_type = 'DataSubjectErasureDecided' AND message_key = $1`, [customerId]);
    expect(outbox).toEqual([{ n: 1 }]);
    expect(decisionsOf(asked.payload.requestId)).toHaveLength(1);
    expect(await erasures(customerId)).toHaveLength(1);
  });
});
