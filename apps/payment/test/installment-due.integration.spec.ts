import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { examplePayload, type EventEnvelope, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { PaymentConfig } from '../src/config';
import { CLIENTS, http, newActivation, publish, Tap } from './support';

type Due = EventEnvelope<'InstallmentDue'>;

/**
 * The daily InstallmentDue job (R-PA-1) on the real broker and PostgreSQL, in a schema of its own
 * so every reminder it emits belongs to this file's contracts. The scheduler is off: runs are
 * started through the admin API only, with the servicing-ops token (role SERVICING).
 */
describe('InstallmentDue job on the real stack', () => {
  const kafka = testKafka();
  let service: TestService<PaymentConfig>;
  let producer: Producer;
  let tap: Tap;
  let api: ReturnType<typeof http>;
  const [a, b, c] = [newActivation(), newActivation(), newActivation()];

  beforeAll(async () => {
    service = await startTestService({ service: 'payment', config: PaymentConfig, module: (cfg) => AppModule.register(cfg), env: { INSTALLMENT_DUE_JOB_INTERVAL_MS: '0' } });
    api = http(service.baseUrl);
    producer = kafka.producer();
    await producer.connect();
    tap = new Tap(kafka);
    await tap.start([namespacedTopic({ namespace: service.namespace }, 'InstallmentDue')]);
    const billed = (id: string, ready: (v: any) => boolean) =>
      waitFor(async () => {
        const { status, body } = await api.call('GET', `/v1/contracts/${id}/installments`);
        return status === 200 && ready(body) ? body : undefined;
      }, { description: `billing of ${id}` });
    // A billed first: the consumer is up before the rest of the setup (events published earlier would still be read: the group starts from the beginning).
    await publish(producer, service.namespace, 'ContractActivated', a);
    await billed(a.contractId, (v) => v.status === 'ACTIVE');
    for (const activation of [b, c]) await publish(producer, service.namespace, 'ContractActivated', activation);
    await publish(producer, service.namespace, 'ContractCancelled', { ...examplePayload('ContractCancelled'), contractId: b.contractId, customerId: b.customerId });
    await billed(b.contractId, (v) => v.status === 'CANCELLED' && v.installments.length === 48);
    await billed(c.contractId, (v) => v.status === 'ACTIVE');
    // C's first installment is paid before any run: it must never be reminded.
    await api.call('PUT', '/v1/admin/clock', { today: '2025-03-10' });
    const paid = await api.call('POST', '/v1/payments', { customerId: c.customerId, contractId: c.contractId, amount: '311.36', installments: [1], paymentDate: '2025-03-05' });
    expect(paid.status).toBe(201);
  });

  afterAll(async () => {
    await tap?.stop();
    await producer?.disconnect();
    await service?.close();
  });

  const dueTopic = () => namespacedTopic({ namespace: service.namespace }, 'InstallmentDue');
  const reminders = (contractId: string): PayloadOf<'InstallmentDue'>[] => tap.all<Due>(dueTopic(), (e) => e.payload.contractId === contractId).map((e) => e.payload);
  const runJob = (date?: string) => api.call('POST', '/v1/admin/jobs/installment-due', date ? { date } : {});

  it('is for servicing only: no token → 401, a back-office caller without SERVICING → 403 AUTH.ROLE_REQUIRED, nothing run', async () => {
    const anonymous = await api.as('anonymous').call('POST', '/v1/admin/jobs/installment-due', { date: '2025-03-07' });
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'AUTH.TOKEN_MISSING']);
    const operator = await api.as({ client: 'internal-origination' }).call('POST', '/v1/admin/jobs/installment-due', { date: '2025-03-07' });
    expect([operator.status, operator.body.code]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
    expect(reminders(a.contractId)).toEqual([]);
  });

  it('the payroll source (SERVICING) may run it too', async () => {
    const run = await api.as({ client: CLIENTS.payroll }).call('POST', '/v1/admin/jobs/installment-due', { date: '2025-01-01' });
    expect([run.status, run.body]).toEqual([200, { date: '2025-01-01', upcoming: 0, overdue: 0 }]);
  });

  it('emits each reminder exactly once when runs for the same date overlap, and only for PENDING installments of ACTIVE billings', async () => {
    // 2025-03-07 + 5 days = 2025-03-12: A's installment 1 (due 03-10) is upcoming; C's is paid; B is cancelled.
    const upcomingRuns = await Promise.all([runJob('2025-03-07'), runJob('2025-03-07'), runJob('2025-03-07')]);
    expect(upcomingRuns.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(upcomingRuns.reduce((n, r) => n + r.body.upcoming, 0)).toBe(1);
    expect(upcomingRuns.reduce((n, r) => n + r.body.overdue, 0)).toBe(0);

    // 2025-03-20: A's installment 1 is 10 days overdue; A's installment 2 (04-10) is not yet in the window.
    const overdueRuns = await Promise.all([runJob('2025-03-20'), runJob('2025-03-20')]);
    expect(overdueRuns.map((r) => [r.body.date, r.status])).toEqual([['2025-03-20', 200], ['2025-03-20', 200]]);
    expect(overdueRuns.reduce((n, r) => n + r.body.overdue, 0)).toBe(1);
    expect((await runJob('2025-03-20')).body).toEqual({ date: '2025-03-20', upcoming: 0, overdue: 0 });

    // Without a date the job runs for the business date: 2025-04-07 → installment 2 of A and of C (due 04-10) upcoming.
    await api.call('PUT', '/v1/admin/clock', { today: '2025-04-07' });
    expect((await runJob()).body).toEqual({ date: '2025-04-07', upcoming: 2, overdue: 0 });

    // The last events of A and C (same key, same partition, emitted last) prove all earlier ones arrived.
    await tap.find<Due>(dueTopic(), (e) => e.payload.contractId === a.contractId && e.payload.installmentNumber === 2);
    await tap.find<Due>(dueTopic(), (e) => e.payload.contractId === c.contractId && e.payload.installmentNumber === 2);
    const ofA = reminders(a.contractId).map((p) => `${p.installmentNumber} ${p.kind} ${p.referenceDate}`);
    expect(ofA).toEqual(['1 UPCOMING 2025-03-07', '1 OVERDUE 2025-03-20', '2 UPCOMING 2025-04-07']);
    expect(reminders(c.contractId).map((p) => `${p.installmentNumber} ${p.kind}`)).toEqual(['2 UPCOMING']);
  });

  it('carries the amounts: UPCOMING owes the installment, OVERDUE adds fine and mora on the reference date', () => {
    const [upcoming, overdue] = reminders(a.contractId);
    expect(upcoming).toEqual({
      contractId: a.contractId,
      customerId: a.customerId,
      installmentNumber: 1,
      dueDate: '2025-03-10',
      amount: '311.36',
      kind: 'UPCOMING',
      totalDue: '311.36',
      referenceDate: '2025-03-07',
    });
    // 10 days late: fine R(311.36 × 0.02) = R(6.2272) = 6.23; mora R(311.36 × 0.00033 × 10) = R(1.027488) = 1.03; 311.36 + 6.23 + 1.03 = 318.62.
    expect(overdue).toMatchObject({ installmentNumber: 1, kind: 'OVERDUE', daysLate: 10, fine: '6.23', mora: '1.03', totalDue: '318.62', referenceDate: '2025-03-20' });
  });

  it('keeps one reminder row per installment and kind, none for the cancelled billing', async () => {
    const rows: Array<{ contract_id: string; n: string }> = await service.app
      .get(DataSource)
      .query('SELECT contract_id, count(*) AS n FROM installment_reminder GROUP BY contract_id ORDER BY contract_id');
    expect(Object.fromEntries(rows.map((r) => [r.contract_id, Number(r.n)]))).toEqual({ [a.contractId]: 3, [c.contractId]: 1 });
    expect(rows.some((r) => r.contract_id === b.contractId)).toBe(false);
  });

  it('two instances on one database and namespace: their overlapping runs emit each reminder once', async () => {
    const second = await startTestService({
      service: 'payment',
      config: PaymentConfig,
      module: (cfg) => AppModule.register(cfg),
      namespace: service.namespace,
      env: { DATABASE_SCHEMA: service.config.DATABASE_SCHEMA, INSTALLMENT_DUE_JOB_INTERVAL_MS: '0' },
    });
    try {
      const other = http(second.baseUrl);
      // 2025-05-07: installment 3 of A and of C (due 05-10) come due; installment 2 of both (due 04-10) is overdue.
      const runs = await Promise.all([runJob('2025-05-07'), other.call('POST', '/v1/admin/jobs/installment-due', { date: '2025-05-07' }), runJob('2025-05-07')]);
      expect(runs.map((r) => r.status)).toEqual([200, 200, 200]);
      expect(runs.reduce((n, r) => n + r.body.upcoming, 0)).toBe(2);
      expect(runs.reduce((n, r) => n + r.body.overdue, 0)).toBe(2);
      await tap.find<Due>(dueTopic(), (e) => e.payload.contractId === c.contractId && e.payload.installmentNumber === 3);
      await tap.find<Due>(dueTopic(), (e) => e.payload.contractId === a.contractId && e.payload.installmentNumber === 3);
      const may = (contractId: string) => reminders(contractId).filter((p) => p.referenceDate === '2025-05-07').map((p) => `${p.installmentNumber} ${p.kind}`).sort();
      expect(may(a.contractId)).toEqual(['2 OVERDUE', '3 UPCOMING']);
      expect(may(c.contractId)).toEqual(['2 OVERDUE', '3 UPCOMING']);
    } finally {
      await second.app.close();
    }
  });
});
