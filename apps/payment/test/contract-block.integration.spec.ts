import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { waitFor } from '@consignado/testing';
import { handActivation } from './fixtures/contracts';
import { type Harness, startHarness } from './harness';

type Activation = PayloadOf<'ContractActivated'>;
type Reason = PayloadOf<'ContractBlocked'>['reason'];

const BENEFIT = '7341118913';
const BLOCKED_AT = '2026-05-02T14:00:00.000Z';
const JUDICIAL = 'Contrato bloqueado (ordem judicial): pagamentos, quitação e amortização suspensos até o desbloqueio.';

/**
 * A blocked contract (seed 003 §4.9, R-LN-8) on the real broker and PostgreSQL: ContractBlocked
 * and ContractUnblocked from loan, ordered by revision across their two topics; manual money
 * refused with nothing written, no reminders, payroll lines still recorded. HAND (fixtures/
 * contracts.ts): 346.75 / 346.75 / 346.77 due 2026-05-10, 06-10, 07-10; business date 2026-05-05.
 */
describe('a blocked contract (payment, real stack)', () => {
  let h: Harness;
  let db: DataSource;

  beforeAll(async () => {
    h = await startHarness();
    db = h.service.app.get(DataSource);
    await h.setToday('2026-05-05');
  });

  afterAll(async () => {
    await h?.close();
  });

  const of = (a: Activation, body: Record<string, unknown>) => ({ customerId: a.customerId, contractId: a.contractId, ...body });
  const ids = (a: Activation) => ({ contractId: a.contractId, customerId: a.customerId });
  const block = (a: Activation, revision: number, reason: Reason = 'JUDICIAL_ORDER', partition?: number) =>
    h.send('ContractBlocked', { ...examplePayload('ContractBlocked'), ...ids(a), revision, reason, blockedAt: BLOCKED_AT }, partition);
  const unblock = (a: Activation, revision: number) => h.send('ContractUnblocked', { ...examplePayload('ContractUnblocked'), ...ids(a), revision, unblockedAt: '2026-05-05T12:00:00.000Z' });
  const blockOf = async (contractId: string) =>
    (await db.query(`SELECT block_reason AS reason, block_since AS since, block_revision AS revision FROM billing WHERE contract_id = $1`, [contractId]))[0];
  const atRevision = (contractId: string, revision: number) =>
    waitFor(async () => ((await blockOf(contractId))?.revision === revision ? blockOf(contractId) : undefined), { description: `block revision ${revision} of ${contractId}` });
  const count = async (sql: string, value: string) => Number((await db.query(sql, [value]))[0].n);
  const written = async (a: Activation, key: string) => ({
    view: await h.view(a.contractId),
    payments: await count('SELECT count(*) AS n FROM payment WHERE contract_id = $1', a.contractId),
    reminders: await count('SELECT count(*) AS n FROM installment_reminder WHERE contract_id = $1', a.contractId),
    keys: await count('SELECT count(*) AS n FROM idempotency_key WHERE key = $1', key),
  });

  it('refuses every manual payment and reminds nothing while blocked, records payroll lines, ignores a stale block after the unblock, then takes the payment', async () => {
    const a = await h.activate(handActivation(), BENEFIT);
    await block(a, 3);
    expect(await atRevision(a.contractId, 3)).toEqual({ reason: 'JUDICIAL_ORDER', since: new Date(BLOCKED_AT), revision: 3 });

    const key = `block-${randomUUID()}`;
    const installment = of(a, { installments: [1], amount: '346.75', paymentDate: '2026-05-05' });
    const before = await written(a, key);
    // Each request is valid as asked (1016.64 = 1000.00 + R(1000 × (1.02^(25/30) − 1)), blocked-payments.spec): only the block refuses it.
    for (const [body, k] of [
      [installment, key],
      [of(a, { purpose: 'EARLY_SETTLEMENT', amount: '1016.64', paymentDate: '2026-05-05' }), undefined],
      [of(a, { purpose: 'EXTRA_AMORTIZATION', amount: '300.00', paymentDate: '2026-05-05', amortizationMode: 'REDUCE_INSTALLMENT' }), undefined],
    ] as const) {
      const refused = await h.pay(body, k);
      expect([refused.status, refused.body.code, refused.body.detail, refused.body.details]).toEqual([422, 'PAYMENT.CONTRACT_BLOCKED', JUDICIAL, { reason: 'JUDICIAL_ORDER' }]);
    }
    expect(await written(a, key)).toEqual({ ...before, payments: 0, reminders: 0, keys: 0 });

    // #1 (due 05-10) is UPCOMING on 05-05 and OVERDUE on 05-12: neither goes out while blocked.
    expect((await h.runJob('2026-05-05')).body).toEqual({ date: '2026-05-05', upcoming: 0, overdue: 0 });
    expect((await h.runJob('2026-05-12')).body).toEqual({ date: '2026-05-12', upcoming: 0, overdue: 0 });

    // INSS withheld #2 already (paid ahead): the line is recorded, the block notwithstanding.
    const remittance = { remittanceId: `FOLHA-${randomUUID()}`, referenceMonth: '2026-05', paymentDate: '2026-05-05', lines: [{ benefitNumber: BENEFIT, contractId: a.contractId, installmentNumber: 2, amount: '346.75' }] };
    const remitted = await h.remit(remittance);
    expect([remitted.status, remitted.body.lines.map((l: any) => l.status)]).toEqual([201, ['MATCHED']]);
    expect((await h.view(a.contractId)).installments.map((i: any) => i.status)).toEqual(['PENDING', 'PAID', 'PENDING']);
    expect(await count('SELECT count(*) AS n FROM installment_reminder WHERE contract_id = $1', a.contractId)).toBe(0);

    await unblock(a, 4);
    expect(await atRevision(a.contractId, 4)).toEqual({ reason: null, since: null, revision: 4 });
    // A late block of a lower revision; a marker blocked after it on the same partition proves it was consumed.
    const stale = await block(a, 2, 'FRAUD_SUSPECTED');
    const marker = await h.activate(handActivation());
    await block(marker, 1, 'DEATH', stale.partition);
    await atRevision(marker.contractId, 1);
    expect(await blockOf(a.contractId)).toEqual({ reason: null, since: null, revision: 4 });
    expect(h.deadLetters((d) => d.eventId === stale.eventId)).toEqual([]);

    // Reminders resume on the job's own rules: #1's UPCOMING is not back-filled, its OVERDUE goes out (the marker is blocked).
    // 2 days late: fine R(346.75 × 0.02) = 6.94, mora R(346.75 × 0.00033 × 2 = 0.228855) = 0.23 → 353.92.
    expect((await h.runJob('2026-05-12')).body).toEqual({ date: '2026-05-12', upcoming: 0, overdue: 1 });
    await waitFor(() => h.dueFor(a.contractId).length > 0, { description: 'the OVERDUE reminder' });
    expect(h.dueFor(a.contractId)).toEqual([expect.objectContaining({ installmentNumber: 1, kind: 'OVERDUE', referenceDate: '2026-05-12', daysLate: 2, totalDue: '353.92' })]);

    // The refused request, same key: a first answer now (201, not a replay), and PaymentReceived.
    const paid = await h.pay(installment, key);
    expect([paid.status, paid.body.allocations.map((x: any) => [x.installmentNumber, x.total])]).toEqual([201, [[1, '346.75']]]);
    expect((await h.received(paid.body.paymentId)).payload).toMatchObject({ contractId: a.contractId, source: 'MANUAL', purpose: 'INSTALLMENT', amount: '346.75' });
    expect((await h.view(a.contractId)).installments.map((i: any) => i.status)).toEqual(['PAID', 'PAID', 'PENDING']);
  });

  it('a block ahead of the activation is retried, then dead-lettered BILLING.NOT_OPENED_YET (as ContractAmended is); replayed once the billing is open, it holds', async () => {
    const b = handActivation();
    const blocked = await block(b, 1, 'FRAUD_SUSPECTED');
    const dead = await h.deadLetter((d) => d.eventId === blocked.eventId);
    expect([dead.reason, dead.attempts, dead.error.code]).toEqual(['retries-exhausted', h.service.config.EVENT_MAX_ATTEMPTS, 'BILLING.NOT_OPENED_YET']);
    await h.activate(b);
    expect(await blockOf(b.contractId)).toEqual({ reason: null, since: null, revision: null });

    const replayed = await h.api.call('POST', '/v1/admin/dead-letters/replay', { eventType: 'ContractBlocked' });
    expect([replayed.status, replayed.body.replayed]).toEqual([200, 1]);
    expect(await atRevision(b.contractId, 1)).toEqual({ reason: 'FRAUD_SUSPECTED', since: new Date(BLOCKED_AT), revision: 1 });
    const refused = await h.pay(of(b, { installments: [1], amount: '346.75', paymentDate: '2026-05-05' }));
    expect([refused.status, refused.body.code, refused.body.detail]).toEqual([422, 'PAYMENT.CONTRACT_BLOCKED', JUDICIAL.replace('ordem judicial', 'suspeita de fraude')]);
  });
});
