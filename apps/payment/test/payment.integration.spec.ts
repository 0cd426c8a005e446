import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { PaymentConfig } from '../src/config';
import { dlqOf, http, newActivation, publish, Tap, type DeadLetter } from './support';

/** Payment's first slice on the real broker and PostgreSQL (R-PA-1, R-EV-5). */
describe('payment service on the real stack', () => {
  const kafka = testKafka();
  let service: TestService<PaymentConfig>;
  let producer: Producer;
  let tap: Tap;
  let ns: string;

  beforeAll(async () => {
    service = await startTestService({ service: 'payment', config: PaymentConfig, module: (c) => AppModule.register(c) });
    ns = service.namespace;
    producer = kafka.producer();
    await producer.connect();
    tap = new Tap(kafka);
    await tap.start([dlqOf(ns, 'payment')]);
  });

  afterAll(async () => {
    await tap?.stop();
    await producer?.disconnect();
    await service?.close();
  });

  /** Read as servicing-ops (contracts:read, bound to no customer). */
  const get = (contractId: string): Promise<{ status: number; body: any }> => http(service.baseUrl).call('GET', `/v1/contracts/${contractId}/installments`);
  const billing = (contractId: string, ready: (b: any) => boolean = () => true): Promise<any> =>
    waitFor(async () => {
      const { status, body } = await get(contractId);
      return status === 200 && ready(body) ? body : undefined;
    }, { description: `billing of ${contractId}` });
  const activation = (): PayloadOf<'ContractActivated'> => newActivation();
  const deadLetter = (match: (d: DeadLetter) => boolean) => tap.find<DeadLetter>(dlqOf(ns, 'payment'), match);

  it('stores the activated schedule as PENDING installments, once, with the payroll deduction', async () => {
    const a = activation();
    const event = await publish(producer, ns, 'ContractActivated', a);
    await producer.send({ topic: namespacedTopic({ namespace: ns }, 'ContractActivated'), messages: [{ key: a.contractId, value: JSON.stringify(event) }] });
    await publish(producer, ns, 'AverbationCompleted', { ...examplePayload('AverbationCompleted'), contractId: a.contractId, protocol: 'DTP-IT-000042' });
    const view = await billing(a.contractId, (b) => b.payrollDeduction !== null);
    expect(view).toMatchObject({ contractId: a.contractId, customerId: a.customerId, status: 'ACTIVE', activatedAt: a.activatedAt, closedAt: null });
    expect(view.payrollDeduction).toEqual({ protocol: 'DTP-IT-000042', installmentAmount: '311.36', firstDueDate: '2025-03-10', registeredAt: '2025-02-10T13:20:07.000Z' });
    expect(view.installments).toHaveLength(48);
    const unpaid = { paidDate: null, paidAmount: null, fine: null, mora: null, paymentId: null };
    expect(view.creditBalance).toBe('0.00');
    // Row 1: interest R(10257.32 × (1.0166^(28/30) − 1)) = R(158.83) = 158.83, amortization 311.36 − 158.83 = 152.53; the last row absorbs the residue.
    expect(view.installments[0]).toEqual({ number: 1, dueDate: '2025-03-10', amount: '311.36', status: 'PENDING', interest: '158.83', amortization: '152.53', balance: '10104.79', ...unpaid });
    expect(view.installments[47]).toEqual({ number: 48, dueDate: '2029-02-10', amount: '311.03', status: 'PENDING', interest: '5.08', amortization: '305.95', balance: '0.00', ...unpaid });
    expect(view.plan).toEqual({ monthlyRate: '0.0166', startDate: '2025-02-10', startBalance: '10257.32', afterInstallment: 0, installmentAmount: '311.36', amortizationPaymentId: null });
  });

  it('stops billing on ContractCancelled and closes on ContractSettled', async () => {
    const [a, b] = [activation(), activation()];
    await publish(producer, ns, 'ContractActivated', a);
    await publish(producer, ns, 'ContractActivated', b);
    await billing(a.contractId);
    await billing(b.contractId);
    await publish(producer, ns, 'ContractCancelled', { ...examplePayload('ContractCancelled'), contractId: a.contractId, customerId: a.customerId });
    await publish(producer, ns, 'ContractSettled', { ...examplePayload('ContractSettled'), contractId: b.contractId, customerId: b.customerId });
    const cancelled = await billing(a.contractId, (v) => v.status !== 'ACTIVE');
    expect(cancelled).toMatchObject({ status: 'CANCELLED', closedAt: '2025-02-14T09:00:00.000Z' });
    expect(cancelled.installments.every((i: any) => i.status === 'CLOSED')).toBe(true);
    const settled = await billing(b.contractId, (v) => v.status !== 'ACTIVE');
    expect(settled).toMatchObject({ status: 'SETTLED', closedAt: '2029-02-10T06:00:00.000Z' });
    expect(settled.installments.every((i: any) => i.status === 'SETTLED')).toBe(true);
  });

  it('never bills a contract whose cancellation arrived before its activation', async () => {
    const a = activation();
    await publish(producer, ns, 'ContractCancelled', { ...examplePayload('ContractCancelled'), contractId: a.contractId, customerId: a.customerId });
    expect(await billing(a.contractId)).toMatchObject({ status: 'CANCELLED', installments: [] });
    await publish(producer, ns, 'ContractActivated', a);
    const view = await billing(a.contractId, (v) => v.installments.length > 0);
    expect(view.status).toBe('CANCELLED');
    expect(view.installments.every((i: any) => i.status === 'CLOSED')).toBe(true);
  });

  it('dead-letters a schedule that does not match its term or its terms\' Price rows, and a malformed message, and keeps consuming', async () => {
    const short = activation();
    short.schedule = short.schedule.slice(0, 47);
    const bad = await publish(producer, ns, 'ContractActivated', short);
    expect(await deadLetter((d) => d.eventId === bad.eventId)).toMatchObject({ reason: 'permanent-error', error: { code: 'BILLING.INVALID_SCHEDULE' } });
    expect((await get(short.contractId)).status).toBe(404);
    const illustrative = { ...examplePayload('ContractActivated'), contractId: randomUUID() }; // 48 × 311.36 is not 10246.13's Price schedule
    const wrong = await publish(producer, ns, 'ContractActivated', illustrative);
    expect(await deadLetter((d) => d.eventId === wrong.eventId)).toMatchObject({ reason: 'permanent-error', error: { code: 'BILLING.INVALID_SCHEDULE' } });
    expect((await get(illustrative.contractId)).status).toBe(404);

    await producer.send({ topic: namespacedTopic({ namespace: ns }, 'ContractActivated'), messages: [{ key: 'poison', value: '{not json' }] });
    expect((await deadLetter((d) => d.original.key === 'poison')).reason).toBe('malformed');
    const next = activation();
    await publish(producer, ns, 'ContractActivated', next);
    expect((await billing(next.contractId)).installments).toHaveLength(48);
  });

  it('answers unknown and malformed contract ids with 404 BILLING.NOT_FOUND in pt-BR', async () => {
    for (const id of [randomUUID(), 'x1']) {
      const { status, body } = await get(id);
      expect([status, body.code, body.detail]).toEqual([404, 'BILLING.NOT_FOUND', 'Empréstimo não encontrado ou inválido']);
    }
  });
});
