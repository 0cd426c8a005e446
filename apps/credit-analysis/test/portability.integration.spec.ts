import { createEnvelope, type EventEnvelope, examplePayload } from '@consignado/contracts';
import { consumerGroup } from '@consignado/eventing';
import { replayDeadLetters } from '@consignado/messaging';
import { testKafka, waitFor } from '@consignado/testing';
import { inssPortability, servantPayload } from '../src/modules/analysis/testing/proposal.fixtures';
import { deliver, getJson, type Harness, proposalEvent, startHarness } from './harness';
import { publish } from './support';

/**
 * R-LN-7, R-LN-11 on the real Kafka and PostgreSQL: a portability in waits for the origin's
 * balance, then (INSS) the margin. Amounts: R$ 7,200.00 with 30 installments of 330.00 left, ported
 * on 2026-03-10 at 1.85% over 30 months, first due 2026-04-10: PMT = R(7200 × 1.0185^(1/30) ×
 * 0.0185 / (1 − 1.0185^−30)) = 315.08.
 */
describe('credit-analysis: portability in on the real stack', () => {
  let h: Harness;
  beforeAll(async () => void (h = await startHarness()));
  afterAll(async () => h?.close());

  const terms = examplePayload('PortabilityBalanceReceived').terms;
  const balanceFor = (request: EventEnvelope<'PortabilityBalanceRequested'>, overrides = {}) =>
    createEnvelope('PortabilityBalanceReceived', { payload: { ...examplePayload('PortabilityBalanceReceived'), proposalId: request.aggregateId, terms: { ...terms, ...overrides } } }, request);
  const marginFor = (request: EventEnvelope<'MarginCheckRequested'>) =>
    createEnvelope('MarginChecked', { payload: { ...examplePayload('MarginChecked'), proposalId: request.aggregateId, margins: { loan: { limit: '700.00', used: '700.00', available: '0.00' }, card: { limit: '100.00', used: '0.00', available: '100.00' } } } }, request);
  const requested = async (payload = inssPortability()) => {
    const created = proposalEvent(payload);
    await publish(h.producer, h.service, created);
    return h.output.next('PortabilityBalanceRequested', created.aggregateId);
  };

  it('INSS: balance requested → received → margin → CreditApproved with the origin terms (no new margin needed)', async () => {
    const request = await requested();
    expect(request.payload).toMatchObject({ product: 'INSS_CONSIGNADO', benefitNumber: '1234567890', origin: { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' } });
    expect((await getJson(h, `/v1/analyses/${request.aggregateId}`)).body.state).toBe('WAITING_PORTABILITY_BALANCE');
    const balance = balanceFor(request);
    await publish(h.producer, h.service, balance);
    await deliver(h, balance);
    await deliver(h, createEnvelope('PortabilityBalanceReceived', { payload: balance.payload }));
    const marginRequest = await h.output.next('MarginCheckRequested', request.aggregateId);
    await publish(h.producer, h.service, marginFor(marginRequest));
    const approved = await h.output.next('CreditApproved', request.aggregateId);
    expect(approved.payload).toMatchObject({
      operationType: 'PORTABILITY', releasedAmount: '7200.00', financedAmount: '7200.00', iof: '0.00', insurance: '0.00', monthlyRate: '0.0185', termMonths: 30,
      installmentAmount: '315.08', totalPayable: '9452.36', cetMonthlyPercent: '1.85', cetAnnualPercent: '24.59', portability: terms,
    });
    expect(approved.payload).not.toHaveProperty('refinancing');
    expect(await h.tables.outboxTypes(request.aggregateId)).toEqual(['PortabilityBalanceRequested', 'MarginCheckRequested', 'CreditApproved']);
  });

  it('servant: decided as soon as the balance arrives', async () => {
    const request = await requested(servantPayload({ operationType: 'PORTABILITY', requestedAmount: '0.00', termMonths: 30, portability: { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' } }));
    await publish(h.producer, h.service, balanceFor(request));
    // 0.0183 for 30 months: PMT = 314.20.
    expect((await h.output.next('CreditApproved', request.aggregateId)).payload).toMatchObject({ monthlyRate: '0.0183', installmentAmount: '314.20', portability: { portabilityNumber: terms.portabilityNumber } });
  });

  it("PortabilityRequestFailed → CreditRejected with the exchange's code and pt-BR message", async () => {
    const request = await requested();
    await publish(h.producer, h.service, createEnvelope('PortabilityRequestFailed', { payload: { ...examplePayload('PortabilityRequestFailed'), proposalId: request.aggregateId } }, request));
    const rejected = await h.output.next('CreditRejected', request.aggregateId);
    expect(rejected.payload.reasons).toEqual([
      expect.objectContaining({ rule: 'PORTABILITY.BALANCE_REQUEST', code: 'PORTABILITY.RETENCAO_DO_CLIENTE', message: 'O cliente aceitou a contraproposta da instituição de origem.', passed: false }),
    ]);
  });

  it.each<[string, object, string, object]>([
    // 315.08 is not below an origin installment of 300.00.
    ['no saving', { originInstallment: '300.00' }, 'PORTABILITY.SAVING', { code: 'CREDIT.PORTABILITY_NO_SAVING', measured: '315.08', limit: 'abaixo de 300.00' }],
    ['a term over the installments left', { remainingInstallments: 24 }, 'PORTABILITY.TERM', { code: 'CREDIT.PORTABILITY_TERM_EXCEEDS_REMAINING', measured: '30 meses', limit: 'até 24 meses (parcelas restantes na origem)' }],
  ])('rejects %s once the balance arrives, without asking Dataprev', async (_name, overrides, rule, expected) => {
    const request = await requested();
    await publish(h.producer, h.service, balanceFor(request, overrides));
    const rejected = await h.output.next('CreditRejected', request.aggregateId);
    expect(rejected.payload.reasons).toEqual([expect.objectContaining({ rule, passed: false, ...expected })]);
    expect(await h.tables.outboxTypes(request.aggregateId)).toEqual(['PortabilityBalanceRequested', 'CreditRejected']);
  });

  it('a MarginChecked before the balance is retried, dead-lettered, and decides once replayed after the balance', async () => {
    const request = await requested();
    const early = marginFor(createEnvelope('MarginCheckRequested', { payload: { proposalId: request.aggregateId, cpf: request.payload.cpf, benefitNumber: '1234567890' } }, request));
    await publish(h.producer, h.service, early);
    expect(await h.output.deadLetter(early.eventId)).toMatchObject({ reason: 'retries-exhausted', error: { code: 'ANALYSIS.MARGIN_BEFORE_PORTABILITY_BALANCE' } });
    await publish(h.producer, h.service, balanceFor(request));
    await h.output.next('MarginCheckRequested', request.aggregateId);
    const group = consumerGroup({ namespace: h.service.namespace, service: 'credit-analysis' });
    const report = await replayDeadLetters({ kafka: testKafka(), group, filter: (r) => r.eventId === early.eventId, timeoutMs: 30_000 });
    expect(report.replayed).toBe(1);
    expect((await h.output.next('CreditApproved', request.aggregateId)).metadata.causationId).toBe(early.eventId);
  });

  it('ProposalCancelled while waiting for the balance: CANCELLED, and a late balance decides nothing', async () => {
    const request = await requested();
    await deliver(h, createEnvelope('ProposalCancelled', { payload: { ...examplePayload('ProposalCancelled'), proposalId: request.aggregateId } }));
    await deliver(h, balanceFor(request));
    await waitFor(async () => (await getJson(h, `/v1/analyses/${request.aggregateId}`)).body.state === 'CANCELLED', { description: 'CANCELLED' });
    expect(await h.tables.outboxTypes(request.aggregateId)).toEqual(['PortabilityBalanceRequested']);
  });

  it('never logs a CPF in clear (R-X-2)', () => {
    const logs = h.logs.join('');
    expect(logs).toContain('PORTABILITY');
    for (const cpf of [inssPortability().cpf, servantPayload().cpf]) expect(logs).not.toContain(cpf);
  });
});
