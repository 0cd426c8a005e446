import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { examplePayload, type EventEnvelope, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { PaymentConfig } from '../src/config';
import { seedActivation } from './fixtures/contracts';
import { CLIENTS, http, newActivation, publish, Tap } from './support';

type Received = EventEnvelope<'PaymentReceived'>;

/**
 * Servicing on the real broker and PostgreSQL (seed 002 §8, R-LN-3, R-PA-1): the business clock,
 * manual payments with late charges, payroll remittances and the views. Expected money is worked
 * by hand in the comments (D-3 half-up, D-4 fine 2% and mora 0.033% a day). Calls carry the
 * servicing-ops token unless a test says otherwise; remittances come from payroll-source.
 */
describe('payment servicing on the real stack', () => {
  const kafka = testKafka();
  let service: TestService<PaymentConfig>;
  let producer: Producer;
  let tap: Tap;
  let api: ReturnType<typeof http>;

  beforeAll(async () => {
    service = await startTestService({ service: 'payment', config: PaymentConfig, module: (c) => AppModule.register(c), env: { INSTALLMENT_DUE_JOB_INTERVAL_MS: '0' } });
    api = http(service.baseUrl);
    producer = kafka.producer();
    await producer.connect();
    tap = new Tap(kafka);
    await tap.start([namespacedTopic({ namespace: service.namespace }, 'PaymentReceived')]);
    // One activation billed first: the consumer is up before the tests start (a new group reads its topics from the beginning anyway).
    await activate(newActivation());
  });

  afterAll(async () => {
    await tap?.stop();
    await producer?.disconnect();
    await service?.close();
  });

  const installments = async (contractId: string) => (await api.call('GET', `/v1/contracts/${contractId}/installments`)).body;
  const billing = (contractId: string, ready: (b: any) => boolean) =>
    waitFor(async () => {
      const { status, body } = await api.call('GET', `/v1/contracts/${contractId}/installments`);
      return status === 200 && ready(body) ? body : undefined;
    }, { description: `billing of ${contractId}` });
  const activate = async (activation: PayloadOf<'ContractActivated'>, benefitNumber?: string) => {
    await publish(producer, service.namespace, 'ContractActivated', activation);
    if (benefitNumber) await publish(producer, service.namespace, 'AverbationCompleted', { ...examplePayload('AverbationCompleted'), contractId: activation.contractId, customerId: activation.customerId, benefitNumber });
    await billing(activation.contractId, (b) => b.status === 'ACTIVE' && (!benefitNumber || b.payrollDeduction !== null));
    return activation;
  };
  const setToday = async (today: string | null) => expect((await api.call('PUT', '/v1/admin/clock', { today })).status).toBe(200);
  const pay = (body: Record<string, unknown>, key?: string) => api.call('POST', '/v1/payments', body, key ? { 'idempotency-key': key } : {});
  const receivedTopic = () => namespacedTopic({ namespace: service.namespace }, 'PaymentReceived');
  const received = (paymentId: string) => tap.find<Received>(receivedTopic(), (e) => e.payload.paymentId === paymentId);
  const receivedFor = (contractId: string) => tap.all<Received>(receivedTopic(), (e) => e.payload.contractId === contractId).map((e) => e.payload);

  /** SEED (fixtures/contracts.ts): three installments of seed 002 §8.4's 305.96 due 2025-09-01, 10-01 and 11-01; activated 2025-08-01. */
  const seedContract = () => seedActivation({ activatedAt: '2025-08-01T13:00:00.000Z' });

  describe('business clock (admin API)', () => {
    const saoPauloToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date());

    it('needs a token: none → 401 AUTH.TOKEN_MISSING, a malformed one → 401 AUTH.TOKEN_INVALID, in pt-BR', async () => {
      const missing = await api.as('anonymous').call('GET', '/v1/admin/clock');
      expect([missing.status, missing.body.code, missing.body.detail]).toEqual([401, 'AUTH.TOKEN_MISSING', 'Token de acesso ausente: envie o cabeçalho Authorization: Bearer <token>.']);
      const invalid = await api.as({ token: 'not-a-jwt' }).call('GET', '/v1/admin/clock');
      expect([invalid.status, invalid.body.code, invalid.body.detail]).toEqual([401, 'AUTH.TOKEN_INVALID', 'Token de acesso inválido.']);
    });

    it('follows the São Paulo date until adjusted, and returns to it with null', async () => {
      await setToday(null);
      expect((await api.call('GET', '/v1/admin/clock')).body).toEqual({ today: saoPauloToday(), adjusted: false });
      expect((await api.call('PUT', '/v1/admin/clock', { today: '2025-09-11' })).body).toEqual({ today: '2025-09-11', adjusted: true });
      expect((await api.call('GET', '/v1/admin/clock')).body).toEqual({ today: '2025-09-11', adjusted: true });
      expect((await api.call('PUT', '/v1/admin/clock', { today: null })).body).toEqual({ today: saoPauloToday(), adjusted: false });
    });

    it('refuses a date that does not exist, or no date at all, with 400', async () => {
      expect((await api.call('PUT', '/v1/admin/clock', { today: '2025-02-30' })).body.code).toBe('PAYMENT.INVALID_DATE');
      expect((await api.call('PUT', '/v1/admin/clock', {})).body).toMatchObject({ status: 400, code: 'REQUEST.INVALID_BODY' });
    });

    it('is locked with BUSINESS_CLOCK_ADJUSTABLE=false: 403 PAYMENT.CLOCK_ADJUSTMENT_FORBIDDEN, the date unchanged', async () => {
      const locked = await startTestService({ service: 'payment', config: PaymentConfig, module: (c) => AppModule.register(c), env: { BUSINESS_CLOCK_ADJUSTABLE: 'false', INSTALLMENT_DUE_JOB_INTERVAL_MS: '0' } });
      try {
        const ops = http(locked.baseUrl);
        const { status, body } = await ops.call('PUT', '/v1/admin/clock', { today: '2025-09-11' });
        expect([status, body.code]).toEqual([403, 'PAYMENT.CLOCK_ADJUSTMENT_FORBIDDEN']);
        expect((await ops.call('GET', '/v1/admin/clock')).body).toEqual({ today: saoPauloToday(), adjusted: false });
      } finally {
        await locked.close();
      }
    });
  });

  describe('manual payments (POST /v1/payments)', () => {
    it('pays an installment on time: 201, PAID in the view, PaymentReceived MANUAL, GET /v1/payments/{id}', async () => {
      const a = await activate(newActivation());
      await setToday('2025-03-10');
      // DD/MM/AAAA is accepted (D-5).
      const { status, body } = await pay({ customerId: a.customerId, contractId: a.contractId, amount: '311.36', installments: [1], paymentDate: '10/03/2025' });
      expect(status).toBe(201);
      expect(body).toEqual({
        paymentId: expect.any(String),
        customerId: a.customerId,
        contractId: a.contractId,
        purpose: 'INSTALLMENT',
        paymentDate: '2025-03-10',
        amount: '311.36',
        allocations: [{ installmentNumber: 1, dueDate: '2025-03-10', amount: '311.36', daysLate: 0, fine: '0.00', mora: '0.00', total: '311.36' }],
        overpayment: '0.00',
        message: 'Pagamento da parcela registrado com sucesso.',
      });
      const view = await installments(a.contractId);
      expect(view.installments[0]).toEqual({
        number: 1, dueDate: '2025-03-10', amount: '311.36', status: 'PAID', interest: '158.83', amortization: '152.53', balance: '10104.79',
        paidDate: '2025-03-10', paidAmount: '311.36', fine: '0.00', mora: '0.00', paymentId: body.paymentId,
      });
      expect([view.installments[1].status, view.creditBalance]).toEqual(['PENDING', '0.00']);
      const event = await received(body.paymentId);
      expect(event.payload).toEqual({
        paymentId: body.paymentId,
        contractId: a.contractId,
        customerId: a.customerId,
        source: 'MANUAL',
        purpose: 'INSTALLMENT',
        amount: '311.36',
        allocations: [{ installmentNumber: 1, amount: '311.36', fine: '0.00', mora: '0.00' }],
        unallocated: '0.00',
        overpayment: '0.00',
        paymentDate: '2025-03-10',
        paidAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      });
      expect((await api.call('GET', `/v1/payments/${body.paymentId}`)).body).toMatchObject({ paymentId: body.paymentId, source: 'MANUAL', remittanceId: null, amount: '311.36', paidAt: event.payload.paidAt });
    });

    it('late payment, seed 002 §8.4: the seed\'s 313.08 is refused with nothing written; 313.09 pays (fine 6.12, mora 1.01)', async () => {
      const s = await activate(seedContract());
      await setToday('2025-09-11');
      // Fine R(305.96 × 0.02) = R(6.1192) = 6.12; mora R(305.96 × 0.00033 × 10) = R(1.009668) = 1.01 (half-up, D-3);
      // total 305.96 + 6.12 + 1.01 = 313.09 — the seed's 313.08 adds a truncated mora of 1.00.
      const before = await installments(s.contractId);
      const short = await pay({ customerId: s.customerId, contractId: s.contractId, amount: '313.08', installments: [1], paymentDate: '2025-09-11' });
      expect(short.status).toBe(422);
      expect(short.body).toMatchObject({ code: 'PAYMENT.INSUFFICIENT_AMOUNT', detail: 'Valor insuficiente para a parcela atrasada', details: { requiredAmount: '313.09', amount: '313.08' } });
      expect(await installments(s.contractId)).toEqual(before);

      const { status, body } = await pay({ customerId: s.customerId, contractId: s.contractId, amount: '313.09', installments: [1], paymentDate: '2025-09-11' });
      expect(status).toBe(201);
      expect(body.allocations).toEqual([{ installmentNumber: 1, dueDate: '2025-09-01', amount: '305.96', daysLate: 10, fine: '6.12', mora: '1.01', total: '313.09' }]);
      expect((await installments(s.contractId)).installments[0]).toMatchObject({ status: 'PAID', paidDate: '2025-09-11', paidAmount: '313.09', fine: '6.12', mora: '1.01' });
      expect((await received(body.paymentId)).payload).toMatchObject({ amount: '313.09', allocations: [{ installmentNumber: 1, amount: '305.96', fine: '6.12', mora: '1.01' }], overpayment: '0.00' });
      // The refused attempt was written before the accepted one, on the same key: it would have arrived first.
      expect(receivedFor(s.contractId).map((p) => p.paymentId)).toEqual([body.paymentId]);
    });

    it('credits an overpayment to the customer and never applies it to installments not chosen', async () => {
      const s = await activate(seedContract());
      await setToday('2025-10-01');
      // Installment 2 on its due date: 305.96; 400.00 − 305.96 = 94.04 over.
      const { status, body } = await pay({ customerId: s.customerId, contractId: s.contractId, amount: '400.00', installments: [2], paymentDate: '2025-10-01' });
      expect([status, body.overpayment, body.allocations[0].total]).toEqual([201, '94.04', '305.96']);
      const view = await installments(s.contractId);
      expect([view.creditBalance, ...view.installments.map((i: any) => i.status)]).toEqual(['94.04', 'PENDING', 'PAID', 'PENDING']);
      expect((await received(body.paymentId)).payload).toMatchObject({ amount: '400.00', overpayment: '94.04', unallocated: '0.00', allocations: [{ installmentNumber: 2, amount: '305.96' }] });
    });

    it('refuses in the seed\'s order with pt-BR texts, writing nothing', async () => {
      const s = await activate(seedContract());
      const other = await activate(newActivation());
      const cancelled = await activate(seedContract());
      await publish(producer, service.namespace, 'ContractCancelled', { ...examplePayload('ContractCancelled'), contractId: cancelled.contractId, customerId: cancelled.customerId });
      await billing(cancelled.contractId, (b) => b.status === 'CANCELLED');
      await setToday('2025-09-30');
      const body = (over: Record<string, unknown>) => ({ customerId: s.customerId, contractId: s.contractId, amount: '999.00', installments: [1], paymentDate: '2025-09-10', ...over });
      const before = await installments(s.contractId);
      const cases: Array<[Record<string, unknown>, number, string, string?]> = [
        [{ customerId: randomUUID() }, 404, 'PAYMENT.CUSTOMER_NOT_FOUND', 'Cliente não encontrado'],
        [{ contractId: randomUUID() }, 404, 'PAYMENT.CONTRACT_NOT_FOUND', 'Empréstimo não encontrado ou inválido'],
        [{ contractId: other.contractId }, 404, 'PAYMENT.CONTRACT_NOT_FOUND', 'Empréstimo não encontrado ou inválido'],
        [{ customerId: cancelled.customerId, contractId: cancelled.contractId }, 422, 'PAYMENT.CONTRACT_NOT_ACTIVE', 'Empréstimo não está ativo'],
        [{ installments: [4] }, 422, 'PAYMENT.INSTALLMENT_NOT_PAYABLE', 'Parcela inválida ou já quitada'],
        [{ installments: [1, 1] }, 422, 'PAYMENT.INSTALLMENT_NOT_PAYABLE', 'Parcela inválida ou já quitada'],
        [{ paymentDate: '2025-10-01' }, 422, 'PAYMENT.DATE_IN_FUTURE'],
        [{ paymentDate: '31/07/2025' }, 422, 'PAYMENT.DATE_BEFORE_ACTIVATION'],
        // Installments 1 and 2 on 2025-09-10: 1 is 9 days late, R(305.96 × 0.02) = 6.12, R(305.96 × 0.00297) = R(0.90870) = 0.91 → 312.99; 2 is on time, 305.96.
        [{ installments: [1, 2], amount: '618.94' }, 422, 'PAYMENT.INSUFFICIENT_AMOUNT', 'Valor insuficiente para a parcela atrasada'],
        [{ installments: [2, 3], amount: '611.91' }, 422, 'PAYMENT.INSUFFICIENT_AMOUNT', 'Valor insuficiente para as parcelas informadas'],
        [{ paymentDate: '31/02/2025' }, 400, 'PAYMENT.INVALID_DATE'],
        [{ amount: '0.00' }, 400, 'PAYMENT.INVALID_AMOUNT'],
        [{ amount: 999 }, 400, 'REQUEST.INVALID_BODY'],
        [{ amount: '10.999' }, 400, 'REQUEST.INVALID_BODY'],
        [{ extra: true }, 400, 'REQUEST.INVALID_BODY'],
      ];
      for (const [over, status, code, detail] of cases) {
        const answer = await pay(body(over));
        expect([over, answer.status, answer.body.code]).toEqual([over, status, code]);
        if (detail) expect(answer.body.detail).toBe(detail);
      }
      expect((await pay(body({ installments: [1, 2], amount: '618.94' }))).body.details).toEqual({ requiredAmount: '618.95', amount: '618.94' });
      expect(await installments(s.contractId)).toEqual(before);
      // A payment that passes proves nothing earlier reached the outbox for this contract.
      const ok = await pay(body({ installments: [1, 2], amount: '618.95' }));
      expect(ok.status).toBe(201);
      await received(ok.body.paymentId);
      expect(receivedFor(s.contractId).map((p) => p.paymentId)).toEqual([ok.body.paymentId]);
      // Every installment paid → already settled.
      const last = await pay(body({ installments: [3], amount: '305.96', paymentDate: '2025-09-30' }));
      expect(last.status).toBe(201);
      const settled = await pay(body({ installments: [3], amount: '305.96', paymentDate: '2025-09-30' }));
      expect([settled.status, settled.body.code, settled.body.detail]).toEqual([422, 'PAYMENT.CONTRACT_SETTLED', 'Empréstimo já liquidado']);
    });

    it('Idempotency-Key: same body → the first answer (200); other body → 409; one payment, one event', async () => {
      const s = await activate(seedContract());
      await setToday('2025-09-01');
      const key = randomUUID();
      const body = { customerId: s.customerId, contractId: s.contractId, amount: '305.96', installments: [1], paymentDate: '2025-09-01' };
      const [x, y] = await Promise.all([pay(body, key), pay({ ...body, paymentDate: '01/09/2025' }, key)]);
      expect([x.status, y.status].sort()).toEqual([200, 201]);
      expect(y.body).toEqual(x.body);
      const again = await pay(body, key);
      expect([again.status, again.body]).toEqual([200, x.body]);
      const conflict = await pay({ ...body, amount: '400.00' }, key);
      expect([conflict.status, conflict.body.code]).toEqual([409, 'PAYMENT.IDEMPOTENCY_CONFLICT']);
      expect((await pay(body, 'bad key with spaces')).body.code).toBe('PAYMENT.INVALID_IDEMPOTENCY_KEY');
      await received(x.body.paymentId);
      const marker = await pay({ ...body, amount: '305.96', installments: [2], paymentDate: '2025-09-01' });
      await received(marker.body.paymentId);
      expect(receivedFor(s.contractId).map((p) => p.paymentId)).toEqual([x.body.paymentId, marker.body.paymentId]);
    });

    it('two payments of the same installment at once: one is paid, the other refused', async () => {
      const s = await activate(seedContract());
      await setToday('2025-09-01');
      const body = { customerId: s.customerId, contractId: s.contractId, amount: '305.96', installments: [1], paymentDate: '2025-09-01' };
      const answers = await Promise.all([pay(body), pay(body), pay(body)]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 422, 422]);
      expect(answers.filter((a) => a.status === 422).map((a) => a.body.code)).toEqual(['PAYMENT.INSTALLMENT_NOT_PAYABLE', 'PAYMENT.INSTALLMENT_NOT_PAYABLE']);
    });

    it('GET /v1/payments/{id}: 404 PAYMENT.NOT_FOUND for unknown or malformed ids', async () => {
      for (const id of [randomUUID(), 'x1']) {
        const { status, body } = await api.call('GET', `/v1/payments/${id}`);
        expect([status, body.code, body.detail]).toEqual([404, 'PAYMENT.NOT_FOUND', 'Pagamento não encontrado']);
      }
    });
  });

  describe('payroll remittances', () => {
    const BENEFIT = '1234567890';
    const remit = (body: unknown) => api.as({ client: CLIENTS.payroll }).call('POST', '/v1/payroll-remittances', body);
    let r: PayloadOf<'ContractActivated'>;
    let noDeduction: PayloadOf<'ContractActivated'>;
    let cancelled: PayloadOf<'ContractActivated'>;
    let first: any;

    const remittance = () => ({
      remittanceId: `FOLHA-2025-03-${randomUUID().slice(0, 8)}`,
      referenceMonth: '2025-03',
      paymentDate: '2025-03-10',
      lines: [
        { benefitNumber: BENEFIT, contractId: r.contractId, installmentNumber: 1, amount: '311.36' },
        { benefitNumber: '1111111111', contractId: r.contractId, installmentNumber: 2, amount: '311.36' },
        { benefitNumber: BENEFIT, contractId: r.contractId, installmentNumber: 1, amount: '311.36' },
        { benefitNumber: BENEFIT, contractId: randomUUID(), installmentNumber: 1, amount: '311.36' },
        { benefitNumber: BENEFIT, contractId: r.contractId, installmentNumber: 3, amount: '300.00' },
        { benefitNumber: BENEFIT, contractId: r.contractId, installmentNumber: 49, amount: '311.36' },
        { benefitNumber: BENEFIT, contractId: noDeduction.contractId, installmentNumber: 1, amount: '311.36' },
        { benefitNumber: BENEFIT, contractId: cancelled.contractId, installmentNumber: 1, amount: '311.36' },
      ],
    });

    beforeAll(async () => {
      r = await activate(newActivation(), BENEFIT);
      noDeduction = await activate(newActivation());
      cancelled = await activate(newActivation(), BENEFIT);
      await publish(producer, service.namespace, 'ContractCancelled', { ...examplePayload('ContractCancelled'), contractId: cancelled.contractId, customerId: cancelled.customerId });
      await billing(cancelled.contractId, (b) => b.status === 'CANCELLED');
      await setToday('2025-03-31');
    });

    it('reconciles each line: MATCHED pays the installment with one PaymentReceived PAYROLL; the others say why', async () => {
      const body = remittance();
      const { status, body: report } = await remit(body);
      expect(status).toBe(201);
      expect(report).toMatchObject({ remittanceId: body.remittanceId, referenceMonth: '2025-03', paymentDate: '2025-03-10', replayed: false });
      expect(report.lines.map((l: any) => [l.line, l.installmentNumber, l.amount, l.status])).toEqual([
        [1, 1, '311.36', 'MATCHED'],
        [2, 2, '311.36', 'BENEFIT_MISMATCH'],
        [3, 1, '311.36', 'DUPLICATE_LINE'],
        [4, 1, '311.36', 'UNKNOWN_CONTRACT'],
        [5, 3, '300.00', 'AMOUNT_MISMATCH'],
        [6, 49, '311.36', 'INVALID_INSTALLMENT'],
        [7, 1, '311.36', 'UNKNOWN_CONTRACT'],
        [8, 1, '311.36', 'CONTRACT_NOT_ACTIVE'],
      ]);
      expect(report.lines[4].message).toBe('Valor diferente do devido na data do pagamento (R$ 311.36).');
      // Matched 311.36; mismatched 6 × 311.36 + 300.00 = 1868.16 + 300.00 = 2168.16.
      expect(report.totals).toEqual({ lines: 8, matched: 1, mismatched: 7, matchedAmount: '311.36', mismatchedAmount: '2168.16' });
      const view = await installments(r.contractId);
      expect(view.installments.slice(0, 3).map((i: any) => [i.status, i.paidDate, i.paidAmount])).toEqual([
        ['PAID', '2025-03-10', '311.36'],
        ['PENDING', null, null],
        ['PENDING', null, null],
      ]);
      const event = await received(view.installments[0].paymentId);
      expect(event.payload).toMatchObject({ source: 'PAYROLL', purpose: 'INSTALLMENT', amount: '311.36', allocations: [{ installmentNumber: 1, amount: '311.36', fine: '0.00', mora: '0.00' }], overpayment: '0.00', paymentDate: '2025-03-10' });
      expect((await api.call('GET', `/v1/payments/${event.payload.paymentId}`)).body).toMatchObject({ source: 'PAYROLL', remittanceId: body.remittanceId });
      first = { body, report };
    });

    it('the same remittance again: 200 with the stored report, replayed, no second effect; other content → 409', async () => {
      const again = await remit(first.body);
      expect([again.status, again.body]).toEqual([200, { ...first.report, replayed: true }]);
      expect((await api.call('GET', `/v1/payroll-remittances/${first.body.remittanceId}`)).body).toEqual(first.report);
      const other = await remit({ ...first.body, lines: first.body.lines.slice(1) });
      expect([other.status, other.body.code]).toEqual([409, 'PAYMENT.REMITTANCE_CONFLICT']);
      // Installment 2 (due 2025-04-10) paid on 2025-04-11 is one day late: fine R(311.36 × 0.02) = 6.23, mora R(311.36 × 0.00033) = R(0.1027488) = 0.10;
      // 311.36 + 6.23 + 0.10 = 317.69.
      await setToday('2025-04-30');
      const late = await remit({ remittanceId: `L-${randomUUID().slice(0, 8)}`, referenceMonth: '2025-04', paymentDate: '11/04/2025', lines: [{ benefitNumber: BENEFIT, contractId: r.contractId, installmentNumber: 2, amount: '317.69' }] });
      expect([late.status, late.body.lines[0].status]).toEqual([201, 'MATCHED']);
      const marker = (await installments(r.contractId)).installments[1];
      expect(marker).toMatchObject({ status: 'PAID', paidAmount: '317.69', fine: '6.23', mora: '0.10' });
      await received(marker.paymentId);
      expect(receivedFor(r.contractId).map((p) => p.allocations[0].installmentNumber)).toEqual([1, 2]);
    });

    it('the same remittance posted twice at once has one effect', async () => {
      const body = { remittanceId: `C-${randomUUID().slice(0, 8)}`, referenceMonth: '2025-03', paymentDate: '2025-03-31', lines: [{ benefitNumber: BENEFIT, contractId: r.contractId, installmentNumber: 3, amount: '311.36' }] };
      // Installment 3 is due 2025-05-10: paid early, no charges.
      const answers = await Promise.all([remit(body), remit(body), remit(body)]);
      expect(answers.map((a) => [a.status, a.body.replayed]).sort()).toEqual([[200, true], [200, true], [201, false]]);
      expect(answers.map((a) => a.body.lines[0].status)).toEqual(['MATCHED', 'MATCHED', 'MATCHED']);
      const paid = (await installments(r.contractId)).installments[2];
      await received(paid.paymentId);
      expect(receivedFor(r.contractId).map((p) => p.allocations[0].installmentNumber)).toEqual([1, 2, 3]);
    });

    it('is for the payroll source (SERVICING) only, refuses a payment date after the business date, and answers 404 for an unknown id', async () => {
      const operator = await api.as({ client: 'internal-origination' }).call('POST', '/v1/payroll-remittances', remittance());
      expect([operator.status, operator.body.code]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
      await setToday('2025-03-31');
      const future = await remit({ ...remittance(), paymentDate: '2025-04-01' });
      expect([future.status, future.body.code]).toEqual([422, 'PAYMENT.DATE_IN_FUTURE']);
      expect((await remit({ ...remittance(), lines: [] })).body.code).toBe('REQUEST.INVALID_BODY');
      const unknown = await api.call('GET', '/v1/payroll-remittances/NOPE-1');
      expect([unknown.status, unknown.body.code]).toEqual([404, 'PAYMENT.REMITTANCE_NOT_FOUND']);
    });

    it('takes a remittance of 10 000 lines', async () => {
      const lines = Array.from({ length: 10_000 }, (_, k) => ({ benefitNumber: BENEFIT, contractId: noDeduction.contractId, installmentNumber: (k % 48) + 1, amount: '311.36' }));
      const { status, body } = await remit({ remittanceId: `BIG-${randomUUID().slice(0, 8)}`, referenceMonth: '2025-03', paymentDate: '2025-03-10', lines });
      expect([status, body.totals.lines, body.totals.matched]).toEqual([201, 10_000, 0]);
      // 10 000 × 311.36 = 3 113 600.00, none matched (no payroll deduction for the contract).
      expect(body.totals.mismatchedAmount).toBe('3113600.00');
    });
  });
});
