import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { createEnvelope, type EventEnvelope, examplePayload, type ProposalCreatedPayload } from '@consignado/contracts';
import { consumerGroup } from '@consignado/eventing';
import { replayDeadLetters } from '@consignado/messaging';
import { bearer, startTestService, testIdentity, testKafka, type TestService, waitFor } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { CreditAnalysisConfig } from '../src/config';
import { inssPayload, personalPayload } from '../src/modules/analysis/testing/proposal.fixtures';
import { captureStdout, OutputRecorder, publish, ServiceTables } from './support';

/** R-CA-1, R-CA-2, R-CA-4 on the real Kafka and PostgreSQL, through the service's own topics. */
describe('credit-analysis on the real stack', () => {
  const kafka = testKafka();
  const stdout = captureStdout();
  let service: TestService<CreditAnalysisConfig>;
  let producer: Producer;
  let output: OutputRecorder;
  let tables: ServiceTables;

  beforeAll(async () => {
    // LOG_LEVEL=log so the LGPD check below sees every line the service writes.
    service = await startTestService({ service: 'credit-analysis', config: CreditAnalysisConfig, module: (c) => AppModule.register(c), env: { LOG_LEVEL: 'log' } });
    producer = kafka.producer();
    await producer.connect();
    output = new OutputRecorder(kafka, service);
    await output.start();
    tables = new ServiceTables(service);
    await tables.connect();
  });

  afterAll(async () => {
    await output?.stop();
    await producer?.disconnect();
    await tables?.close();
    await service?.close();
    stdout.restore();
  });

  const proposal = (overrides: Partial<ProposalCreatedPayload> = {}, base = inssPayload) => {
    const payload = base({ proposalId: randomUUID(), ...overrides });
    return createEnvelope('ProposalCreated', { payload, metadata: { channel: payload.channel, userId: 'corban-user-42' } });
  };

  /** The averbation-connector's answer to a margin request, chained to it. */
  const marginAnswer = (request: EventEnvelope<'MarginCheckRequested'>, available = '500.00', restrictions: string[] = []) =>
    createEnvelope(
      'MarginChecked',
      {
        payload: {
          ...examplePayload('MarginChecked'),
          proposalId: request.payload.proposalId,
          margins: { loan: { limit: '700.00', used: (700 - Number(available)).toFixed(2), available }, card: { limit: '100.00', used: '0.00', available: '100.00' } },
          restrictions,
        },
      },
      request,
    );

  const analysis = async (proposalId: string) => {
    // Analyses are back-office reads (scope backoffice, a staff role); access.integration.spec.ts covers the refusals.
    const res = await fetch(`${service.baseUrl}/v1/analyses/${proposalId}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('INSS: ProposalCreated → MarginCheckRequested → MarginChecked → CreditApproved with the priced terms, chained', async () => {
    const created = proposal();
    await publish(producer, service, created);

    const request = await output.next('MarginCheckRequested', created.aggregateId);
    expect(request.payload).toEqual({ proposalId: created.aggregateId, customerId: created.payload.customerId, cpf: '52998224725', benefitNumber: '1234567890' });
    // …which travelled sealed (LGPD): no CPF in clear on Kafka.
    expect(output.raw.filter((m) => m.includes(created.aggregateId)).some((m) => m.includes('52998224725'))).toBe(false);
    expect(request.metadata).toMatchObject({ correlationId: created.metadata.correlationId, causationId: created.eventId, userId: 'corban-user-42', channel: 'CORBAN' });
    expect((await analysis(created.aggregateId)).body.state).toBe('WAITING_MARGIN');

    const answer = marginAnswer(request);
    await publish(producer, service, answer);
    const approved = await output.next('CreditApproved', created.aggregateId);
    expect(approved.payload).toMatchObject({
      proposalId: created.aggregateId,
      customerId: created.payload.customerId,
      cpf: '52998224725',
      benefitNumber: '1234567890',
      product: 'INSS_CONSIGNADO',
      releasedAmount: '10000.00',
      financedAmount: '10342.09',
      monthlyRate: '0.0185',
      termMonths: 96,
      installmentAmount: '231.24',
      iof: '342.09',
      insurance: '0.00',
      totalPayable: '22198.54',
      cetMonthlyPercent: '1.95',
      cetAnnualPercent: '26.04',
      contractDate: '2026-03-10',
      firstDueDate: '2026-04-10',
      parameterVersion: 'INSS_CONSIGNADO@2025-04-01',
    });
    expect(approved.payload.reasons).toHaveLength(10);
    expect(approved.payload.reasons.every((r) => r.passed)).toBe(true);
    expect(approved.metadata).toMatchObject({ correlationId: created.metadata.correlationId, causationId: answer.eventId });

    const { body } = await analysis(created.aggregateId);
    expect(body).toMatchObject({ state: 'APPROVED', product: 'INSS_CONSIGNADO', parameterVersion: 'INSS_CONSIGNADO@2025-04-01', terms: { installmentAmount: '231.24' } });
    expect(body.reasons).toEqual(approved.payload.reasons);
    expect(body.parameterVersions).toEqual(expect.arrayContaining(['INSS-CAP-2025-04', 'INSS-TERM-96', 'CA-INSS-2024-07']));
    expect(body.margin).toMatchObject({ benefitNumber: '1234567890', loan: { available: '500.00' } });
    expect(Date.parse(body.decidedAt)).toBeGreaterThanOrEqual(Date.parse(body.createdAt));
    expect(JSON.stringify(body)).not.toContain('52998224725');
  });

  it('INSS: rejects by margin after Dataprev answers (CREDIT.MARGIN_EXCEEDED, pt-BR)', async () => {
    const created = proposal();
    await publish(producer, service, created);
    await publish(producer, service, marginAnswer(await output.next('MarginCheckRequested', created.aggregateId), '231.23'));
    const rejected = await output.next('CreditRejected', created.aggregateId);
    expect(rejected.payload.reasons).toEqual([
      {
        rule: 'INSS.MARGIN',
        code: 'CREDIT.MARGIN_EXCEEDED',
        passed: false,
        measured: '231.24',
        limit: '231.23',
        message: 'Parcela de R$ 231,24 excede a margem consignável disponível de R$ 231,23.',
        parameterVersion: 'INSS-MARGIN-35-5-5',
      },
    ]);
    expect((await analysis(created.aggregateId)).body.state).toBe('REJECTED');
  });

  it.each([
    ['age (D-9)', { birthDate: '1954-03-10' }, 'INSS.AGE', 'CREDIT.AGE_LIMIT_EXCEEDED', 'A idade ao final do contrato (80 anos e 0 meses) deve ficar abaixo de 80 anos.'],
    ['term', { termMonths: 97 }, 'INSS.TERM', 'CREDIT.TERM_OUT_OF_RANGE', 'Prazo de 97 meses fora do permitido para o produto: de 1 a 96 meses.'],
    [
      '90-day rule',
      { benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2026-01-10' }, benefitPaidByOwnBank: false },
      'INSS.NEW_BENEFIT_90_DAYS',
      'CREDIT.NEW_BENEFIT_NOT_PAYING_BANK',
      'Nos primeiros 90 dias do benefício só o banco pagador pode conceder o consignado.',
    ],
  ])('INSS: rejects by %s at once, without asking Dataprev', async (_name, overrides, rule, code, message) => {
    const created = proposal(overrides);
    await publish(producer, service, created);
    const rejected = await output.next('CreditRejected', created.aggregateId);
    expect(rejected.payload.reasons).toEqual([expect.objectContaining({ rule, code, message, passed: false })]);
    expect(rejected.metadata.causationId).toBe(created.eventId);
    expect(await tables.outboxTypes(created.aggregateId)).toEqual(['CreditRejected']);
  });

  it('PERSONAL: a score of 150 is rejected with SCORE_TOO_LOW; 500 is approved at the band rate', async () => {
    const low = proposal({ cpf: '10000015040' }, personalPayload);
    const good = proposal({ cpf: '40000050067' }, personalPayload);
    await publish(producer, service, low);
    await publish(producer, service, good);
    const rejected = await output.next('CreditRejected', low.aggregateId);
    expect(rejected.payload.reasons).toEqual([
      expect.objectContaining({ rule: 'PERSONAL.SCORE_MIN', code: 'CREDIT.SCORE_TOO_LOW', measured: '150', message: 'Score de crédito 150 abaixo do mínimo de 201 para empréstimo pessoal.' }),
    ]);
    const approved = await output.next('CreditApproved', good.aggregateId);
    expect(approved.payload).toMatchObject({ product: 'PERSONAL', monthlyRate: '0.097413', installmentAmount: '446.28', parameterVersion: 'PERSONAL@1900-01-01' });
    expect(approved.payload).not.toHaveProperty('benefitNumber');
  });

  it('ProposalCancelled before MarginChecked: CANCELLED, and the late answer decides nothing', async () => {
    const created = proposal();
    await publish(producer, service, created);
    const request = await output.next('MarginCheckRequested', created.aggregateId);
    await publish(producer, service, createEnvelope('ProposalCancelled', { payload: { ...examplePayload('ProposalCancelled'), proposalId: created.aggregateId } }));
    await waitFor(async () => (await analysis(created.aggregateId)).body.state === 'CANCELLED', { description: 'CANCELLED' });

    const late = marginAnswer(request);
    await publish(producer, service, late);
    await waitFor(() => tables.processed(late.eventId), { description: 'late MarginChecked consumed' });
    expect(await tables.outboxTypes(created.aggregateId)).toEqual(['MarginCheckRequested']);
    expect((await analysis(created.aggregateId)).body.state).toBe('CANCELLED');
  });

  it('a MarginChecked that overtakes its ProposalCreated is retried, dead-lettered, and decides once replayed', async () => {
    const created = proposal();
    const request = createEnvelope('MarginCheckRequested', { payload: { proposalId: created.aggregateId, cpf: created.payload.cpf, benefitNumber: '1234567890' } }, created);
    const early = marginAnswer(request);
    await publish(producer, service, early);
    const dead = await output.deadLetter(early.eventId);
    expect(dead).toMatchObject({ reason: 'retries-exhausted', attempts: 5, error: { code: 'ANALYSIS.PROPOSAL_NOT_YET_RECEIVED' } });
    expect(stdout.lines.some((l) => l.includes('event handler failed; retrying') && l.includes(early.eventId))).toBe(true);

    await publish(producer, service, created);
    await output.next('MarginCheckRequested', created.aggregateId);
    const group = consumerGroup({ namespace: service.namespace, service: 'credit-analysis' });
    const report = await replayDeadLetters({ kafka, group, filter: (r) => r.eventId === early.eventId, timeoutMs: 30_000 });
    expect(report.replayed).toBe(1);
    const approved = await output.next('CreditApproved', created.aggregateId);
    expect(approved.metadata.causationId).toBe(early.eventId);
  });

  it('the same ProposalCreated twice, then another for the same proposal: one analysis, one margin request', async () => {
    const created = proposal();
    await publish(producer, service, created);
    await publish(producer, service, created);
    const again = createEnvelope('ProposalCreated', { payload: created.payload });
    await publish(producer, service, again);
    await waitFor(() => tables.processed(again.eventId), { description: 'second ProposalCreated consumed' });
    expect(await tables.outboxTypes(created.aggregateId)).toEqual(['MarginCheckRequested']);
  });

  it('dead-letters a malformed ProposalCreated and an inconsistent one, and keeps consuming', async () => {
    const valid = proposal();
    const malformed = { ...valid, eventId: randomUUID(), payload: { ...valid.payload, requestedAmount: 10000 } };
    await publish(producer, service, malformed);
    const inconsistent = proposal({ cpf: '52998224724' });
    await publish(producer, service, inconsistent);

    expect(await output.deadLetter(malformed.eventId)).toMatchObject({ reason: 'invalid-envelope', attempts: 0 });
    expect(await output.deadLetter(inconsistent.eventId)).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'ANALYSIS.INCONSISTENT_EVENT' } });
    expect((await analysis(valid.aggregateId)).status).toBe(404);
    expect((await analysis(inconsistent.aggregateId)).status).toBe(404);

    const after = proposal();
    await publish(producer, service, after);
    await output.next('MarginCheckRequested', after.aggregateId);
  });

  it('GET /v1/analyses: 404 ANALYSIS.NOT_FOUND in pt-BR, 400 for a malformed id', async () => {
    const missing = await analysis(randomUUID());
    expect(missing).toMatchObject({ status: 404, body: { code: 'ANALYSIS.NOT_FOUND', detail: 'Análise não encontrada' } });
    const malformed = await analysis('not-a-uuid');
    expect(malformed).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID_BODY' } });
    expect(malformed.body.errors[0].message).toBe('proposalId deve ser um UUID');
  });

  it('never logs a CPF in clear (R-X-2)', () => {
    const logs = stdout.lines.join('');
    expect(logs).toContain('credit-analysis');
    for (const cpf of ['52998224725', '10000015040', '40000050067', '52998224724']) expect(logs).not.toContain(cpf);
  });
});
