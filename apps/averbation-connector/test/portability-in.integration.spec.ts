import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { type EventType, examplePayload, type PayloadOf } from '@consignado/contracts';
import { bearer, publishEvent, startTestService, testEndpoints, testIdentity, testKafka, uniqueName, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { exchange, newContract, OUR_KEY, OURS, startCtc } from './ctc-support';
import { EventLog } from './support';

const BANK = '99100001';
const CPF = '52998224725';
const NU = /^\d{21}$/;

/** A simulated origin's contract: R$ 10.234,56 over 60 × 310.00 at 2.14% a.m. */
const originContract = (contractNumber: string, behaviour: string, extra: Record<string, unknown> = {}) => ({
  ispb: BANK, contractNumber, cpf: CPF, balance: '10234.56', remainingInstallments: 60, installment: '310.00', monthlyRate: '0.0214', behaviour, answerDelayMs: 0, settlementDelayMs: 0, ...extra,
});

/** Portability in (we are the destination, R-LN-7, R-LN-11) on the real Kafka and PostgreSQL, against the real mock exchange over HTTP. */
describe('portability in, through the exchange', () => {
  const kafka = testKafka();
  let ctc: TestService<any>;
  let api: ReturnType<typeof exchange>;
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;
  let events: EventLog;
  let ns: string;

  beforeAll(async () => {
    ctc = await startCtc();
    api = exchange(ctc.baseUrl);
    ns = uniqueName('it-pin');
    connector = await startTestService({
      service: 'averbation-connector',
      config: AverbationConnectorConfig,
      module: (c) => AppModule.register(c),
      namespace: ns,
      env: {
        DATAPREV_URL: 'http://127.0.0.1:9',
        REDIS_URL: testEndpoints().redisUrl,
        REDIS_KEY_PREFIX: ns,
        CTC_URL: ctc.baseUrl,
        CTC_PARTICIPANT_ISPB: OURS,
        CTC_API_KEY: OUR_KEY,
        CTC_TIMEOUT_MS: '1500',
        CTC_MAX_ATTEMPTS: '3',
        CTC_BACKOFF_BASE_MS: '50',
        CTC_BACKOFF_MAX_MS: '200',
        CTC_FEED_POLL_INTERVAL_MS: '100',
        WORKER_POLL_INTERVAL_MS: '50',
      },
    });
    producer = kafka.producer();
    await producer.connect();
    events = new EventLog(kafka, ns);
    await events.start(['PortabilityBalanceReceived', 'PortabilityRequestFailed', 'PortabilityTransferCompleted', 'PortabilityTransferFailed']);
  });

  afterAll(async () => {
    await api?.clock(null);
    await events?.stop();
    await producer?.disconnect();
    await connector?.close();
    await ctc?.close();
  });

  const publish = <T extends EventType>(type: T, payload: PayloadOf<T>) => publishEvent(producer, ns, type, payload);
  const consumed = (eventId: string) =>
    waitFor(async () => ((await connector.app.get(DataSource).query('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])) as unknown[]).length > 0, { description: `event ${eventId} consumed` });
  /** GET /v1/portabilities/{nu} as servicing operations (back office: contracts:read + backoffice). */
  const portability = async (nu: string) => (await fetch(`${connector.baseUrl}/v1/portabilities/${nu}`, { headers: bearer(await testIdentity().clientToken('servicing-ops')) })).json() as Promise<any>;

  /** Registers the origin's contract at the simulated bank and asks for its balance (PortabilityBalanceRequested). */
  const requestBalance = async (behaviour: string, extra: Record<string, unknown> = {}) => {
    const contractNumber = newContract();
    expect((await api.admin('POST', '/admin/origin-contracts', originContract(contractNumber, behaviour, extra))).status).toBe(201);
    const request = await publish('PortabilityBalanceRequested', { ...examplePayload('PortabilityBalanceRequested'), proposalId: randomUUID(), customerId: randomUUID(), cpf: CPF, origin: { originInstitutionIspb: BANK, originContractNumber: contractNumber } });
    return { contractNumber, request, proposalId: request.payload.proposalId };
  };
  const requestTransfer = (proposalId: string, portabilityNumber: string, amount = '10234.56', contractId = randomUUID()) =>
    publish('PortabilityTransferRequested', { contractId, proposalId, customerId: randomUUID(), portabilityNumber, originInstitutionIspb: BANK, amount, requestedAt: new Date().toISOString() });

  it('is answered with the balance, transferred exactly, and completed with the origin’s receipt', async () => {
    const { contractNumber, request, proposalId } = await requestBalance('ANSWER');
    const [received] = await events.waitFor('PortabilityBalanceReceived', proposalId);
    const nu = received.payload.terms.portabilityNumber;
    const atExchange = await api.get(nu);
    expect(received.payload).toEqual({
      proposalId,
      terms: { originInstitutionIspb: BANK, originContractNumber: contractNumber, portabilityNumber: nu, balance: '10234.56', balanceDate: atExchange.answer.balanceDate, remainingInstallments: 60, originInstallment: '310.00', originMonthlyRate: '0.0214' },
      dueBalanceLimitDate: atExchange.answer.dueBalanceLimitDate,
      receivedAt: atExchange.answer.answeredAt,
    });
    expect(nu).toMatch(NU);
    expect([received.metadata.correlationId, received.metadata.causationId]).toEqual([request.metadata.correlationId, request.eventId]);
    expect(JSON.stringify(await portability(nu))).not.toContain(CPF);

    const transfer = await requestTransfer(proposalId, nu);
    const [completed] = await events.waitFor('PortabilityTransferCompleted', transfer.payload.contractId);
    expect(completed.payload).toMatchObject({ contractId: transfer.payload.contractId, proposalId, portabilityNumber: nu, amount: '10234.56', settlementReceipt: `QUIT-${contractNumber}` });
    expect([completed.metadata.correlationId, completed.metadata.causationId]).toEqual([transfer.metadata.correlationId, transfer.eventId]);
    expect((await api.get(nu)).status).toBe('PORTABILITY_COMPLETED');
    expect(await portability(nu)).toMatchObject({ direction: 'IN', status: 'COMPLETED', exchangeStatus: 'PORTABILITY_COMPLETED', proposalId, contractId: transfer.payload.contractId, transferAmount: '10234.56' });
    expect(events.of('PortabilityBalanceReceived', proposalId)).toHaveLength(1);
  });

  it.each([
    ['refused by the origin', 'REFUSE', { refusalReason: 'CONTRATO_LIQUIDADO' }, 'ORIGIN_REFUSED', 'PORTABILITY.CONTRATO_LIQUIDADO', 'O contrato já foi liquidado na instituição de origem.'],
    ['retained by the origin (counter-offer accepted)', 'RETAIN', { answerDelayMs: 200 }, 'CUSTOMER_RETAINED', 'PORTABILITY.RETENCAO_DO_CLIENTE', 'O cliente aceitou a contraproposta de retenção da instituição de origem.'],
  ])('reports a portability %s as PortabilityRequestFailed', async (_name, behaviour, extra, reason, code, message) => {
    const { proposalId } = await requestBalance(behaviour, extra);
    const [failed] = await events.waitFor('PortabilityRequestFailed', proposalId);
    expect(failed.payload).toMatchObject({ proposalId, reason, code, message, portabilityNumber: expect.stringMatching(NU) });
    expect(events.of('PortabilityBalanceReceived', proposalId)).toEqual([]);
    expect(await portability(failed.payload.portabilityNumber as string)).toMatchObject({ status: 'REQUEST_FAILED', failure: { reason, code } });
  });

  it('reports funds returned by the origin (STR0048) as PortabilityTransferFailed FUNDS_RETURNED', async () => {
    const { proposalId } = await requestBalance('RETURN_FUNDS');
    const [received] = await events.waitFor('PortabilityBalanceReceived', proposalId);
    const transfer = await requestTransfer(proposalId, received.payload.terms.portabilityNumber);
    const [failed] = await events.waitFor('PortabilityTransferFailed', transfer.payload.contractId);
    expect(failed.payload).toMatchObject({ reason: 'FUNDS_RETURNED', code: 'PORTABILITY.DEVOLUCAO_STR0048', message: 'A instituição de origem devolveu os recursos transferidos (STR0048).' });
    expect(events.of('PortabilityTransferCompleted', transfer.payload.contractId)).toEqual([]);
  });

  it('survives a failing exchange: two failed opens and a timed-out transfer, no duplicate at the exchange', async () => {
    const contractNumber = newContract();
    await api.admin('POST', '/admin/origin-contracts', originContract(contractNumber, 'ANSWER'));
    await api.script('REQUEST', 2, 503, contractNumber);
    const request = await publish('PortabilityBalanceRequested', { ...examplePayload('PortabilityBalanceRequested'), proposalId: randomUUID(), cpf: CPF, origin: { originInstitutionIspb: BANK, originContractNumber: contractNumber } });
    const [received] = await events.waitFor('PortabilityBalanceReceived', request.payload.proposalId);
    const nu = received.payload.terms.portabilityNumber;
    expect([(await api.byContract(contractNumber)).length, (await api.calls(contractNumber)).REQUEST]).toEqual([1, 3]);

    await api.script('TRANSFER', 1, 'timeout', nu);
    const transfer = await requestTransfer(request.payload.proposalId, nu);
    await events.waitFor('PortabilityTransferCompleted', transfer.payload.contractId);
    expect((await api.calls(nu)).TRANSFER).toBe(2);
    expect((await api.get(nu)).transfer.amount).toBe('10234.56');
    expect([events.of('PortabilityBalanceReceived', request.payload.proposalId).length, events.of('PortabilityTransferCompleted', transfer.payload.contractId).length]).toEqual([1, 1]);
  });

  it('does not open twice a request that landed although its answer was lost (same Idempotency-Key)', async () => {
    const contractNumber = newContract();
    await api.admin('POST', '/admin/origin-contracts', originContract(contractNumber, 'ANSWER'));
    const proposalId = randomUUID();
    // What a timed-out first call leaves behind: the exchange registered it, and answered since.
    const landed = await fetch(`${ctc.baseUrl}/v1/portabilities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-participant-ispb': OURS, 'x-api-key': OUR_KEY, 'idempotency-key': `consignadohub-portability-in-${proposalId}` },
      body: JSON.stringify({ originIspb: BANK, originContractNumber: contractNumber, cpf: CPF }),
    });
    const nu = ((await landed.json()) as { portabilityNumber: string }).portabilityNumber;
    await api.until(nu, 'ACCEPTED_SETTLEMENT_IN_PROGRESS');
    await waitFor(async () => ((await connector.app.get(DataSource).query('SELECT 1 FROM ctc_feed_message WHERE portability_number = $1', [nu])) as unknown[]).length >= 3, { description: 'the feed read' });

    await publish('PortabilityBalanceRequested', { ...examplePayload('PortabilityBalanceRequested'), proposalId, cpf: CPF, origin: { originInstitutionIspb: BANK, originContractNumber: contractNumber } });
    const [received] = await events.waitFor('PortabilityBalanceReceived', proposalId);
    expect([received.payload.terms.portabilityNumber, received.payload.terms.balance]).toEqual([nu, '10234.56']);
    expect((await api.byContract(contractNumber)).map((p) => p.portabilityNumber)).toEqual([nu]);
  });

  it('gives up on an exchange unavailable past the retry limit: PortabilityRequestFailed EXCHANGE_UNAVAILABLE', async () => {
    const contractNumber = newContract();
    await api.script('REQUEST', 10, 503, contractNumber);
    const request = await publish('PortabilityBalanceRequested', { ...examplePayload('PortabilityBalanceRequested'), proposalId: randomUUID(), cpf: CPF, origin: { originInstitutionIspb: BANK, originContractNumber: contractNumber } });
    const [failed] = await events.waitFor('PortabilityRequestFailed', request.payload.proposalId);
    expect(failed.payload).toMatchObject({ reason: 'EXCHANGE_UNAVAILABLE', code: 'PORTABILITY.EXCHANGE_UNAVAILABLE' });
    expect(failed.payload.message).toMatch(/após 3 tentativas/);
    expect(failed.payload.portabilityNumber).toBeUndefined();
    expect([(await api.calls(contractNumber)).REQUEST, (await api.byContract(contractNumber)).length]).toEqual([3, 0]);
    await api.script('REQUEST', 0, 503, contractNumber);
  });

  it('withdraws at the exchange a portability whose contract was cancelled before the transfer', async () => {
    const { proposalId } = await requestBalance('ANSWER');
    const [received] = await events.waitFor('PortabilityBalanceReceived', proposalId);
    const nu = received.payload.terms.portabilityNumber;
    const contractId = randomUUID();
    // Topics do not order across event types: the cancellation may come first.
    const cancelled = await publish('ContractCancelled', { ...examplePayload('ContractCancelled'), contractId, proposalId, reason: 'CUSTOMER_REQUEST', averbationRegistered: false });
    await consumed(cancelled.eventId);
    await requestTransfer(proposalId, nu, '10234.56', contractId);
    const withdrawn = await api.until(nu, 'CANCELLED');
    expect([withdrawn.closure.reason, withdrawn.closure.by, withdrawn.transfer]).toEqual(['CANCELADO_PELO_CLIENTE', 'DESTINATION', null]);
    await waitFor(async () => ((await portability(nu)).status === 'CANCELLED' ? true : undefined));
    expect([(await api.calls(nu)).TRANSFER, events.of('PortabilityTransferFailed', contractId).length]).toEqual([0, 0]);
  });

  it('dead-letters a transfer request for another amount than the balance reported (never pays it)', async () => {
    const { proposalId } = await requestBalance('ANSWER');
    const [received] = await events.waitFor('PortabilityBalanceReceived', proposalId);
    const nu = received.payload.terms.portabilityNumber;
    const wrong = await requestTransfer(proposalId, nu, '10234.55');
    expect(await events.deadLetter(wrong.payload.contractId)).toContain('PORTABILITY.TRANSFER_MISMATCH');
    expect([(await api.calls(nu)).TRANSFER, (await portability(nu)).status]).toEqual([0, 'BALANCE_RECEIVED']);
  });

  describe('deadlines on the exchange’s clock (last: they move it)', () => {
    it('reports an origin that never answers as DEADLINE_EXPIRED once the exchange expires it', async () => {
      await api.clock('2025-03-10');
      const { proposalId, contractNumber } = await requestBalance('SILENT');
      await waitFor(async () => ((await api.byContract(contractNumber))[0]?.status === 'PENDING' ? true : undefined));
      // Five business days from Monday 10 March: the 17th is the last day to answer.
      await api.clock('2025-03-18');
      expect((await api.sweep()).expired).toEqual([{ portabilityNumber: (await api.byContract(contractNumber))[0].portabilityNumber, reason: 'DECURSO_DO_PRAZO' }]);
      const [failed] = await events.waitFor('PortabilityRequestFailed', proposalId);
      expect(failed.payload).toMatchObject({ reason: 'DEADLINE_EXPIRED', code: 'PORTABILITY.DECURSO_DO_PRAZO', message: 'A instituição de origem não informou o saldo devedor dentro do prazo.' });
    });

    it('reports a balance left unpaid past its due date as PortabilityTransferFailed DEADLINE_EXPIRED when loan asks to transfer', async () => {
      await api.clock('2025-03-10');
      const { proposalId } = await requestBalance('ANSWER');
      const [received] = await events.waitFor('PortabilityBalanceReceived', proposalId);
      expect([received.payload.terms.balanceDate, received.payload.dueBalanceLimitDate]).toEqual(['2025-03-10', '2025-03-11']);
      const nu = received.payload.terms.portabilityNumber;
      await api.clock('2025-03-12');
      expect((await api.sweep()).expired).toEqual([{ portabilityNumber: nu, reason: 'DECURSO_DO_PRAZO_PARA_PAGAMENTO' }]);
      await waitFor(async () => ((await portability(nu)).status === 'LAPSED' ? true : undefined));
      const transfer = await requestTransfer(proposalId, nu);
      const [failed] = await events.waitFor('PortabilityTransferFailed', transfer.payload.contractId);
      expect(failed.payload).toMatchObject({ reason: 'DEADLINE_EXPIRED', code: 'PORTABILITY.DECURSO_DO_PRAZO_PARA_PAGAMENTO', portabilityNumber: nu });
      expect((await api.calls(nu)).TRANSFER).toBe(0);
    });
  });
});
