import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import { startTestService, testKafka, waitFor, type TestService } from '@consignado/testing';
import { AppModule } from '../src/app.module';
import { PaymentConfig } from '../src/config';
import { handActivation } from './fixtures/contracts';
import { type Harness, startHarness } from './harness';
import { publish } from './support';

type Activation = PayloadOf<'ContractActivated'>;

const COVERAGE = '2026-05-05';
const REFUND = '123.45';

/**
 * Credit-life insurance (R-LN-8) on the real broker and PostgreSQL: the insurer's claim payment
 * settles the contract of the deceased though it is blocked, once per claim; ContractSettled's
 * premium refund is credited once, redelivered or after a restart. HAND (fixtures/contracts.ts),
 * nothing paid, on 2026-05-05: 1000.00 + R(1000 × (1.02^(25/30) − 1)) = 1016.64.
 */
describe('credit-life insurance (payment, real stack)', () => {
  let h: Harness;
  let db: DataSource;

  beforeAll(async () => {
    h = await startHarness();
    db = h.service.app.get(DataSource);
  });

  afterAll(async () => {
    await h?.close();
  });

  const ids = (a: Activation) => ({ contractId: a.contractId, customerId: a.customerId });
  const deceased = async () => {
    const a = await h.activate(handActivation());
    await h.send('ContractBlocked', { ...examplePayload('ContractBlocked'), ...ids(a), revision: 3, reason: 'DEATH', blockedAt: '2026-05-05T14:00:00.000Z' });
    await h.billing(a.contractId, (b) => b.block?.reason === 'DEATH');
    return a;
  };
  const claimPaid = (a: Activation, claimId: string, amount: string, partition?: number) =>
    h.send('InsuranceClaimPaid', { ...examplePayload('InsuranceClaimPaid'), contractId: a.contractId, claimId, amount, coverageDate: COVERAGE }, partition);
  const settledWithRefund = (a: { contractId: string; customerId: string }, partition?: number) =>
    h.send('ContractSettled', { ...examplePayload('ContractSettled'), ...a, reason: 'EARLY_SETTLEMENT', insurancePremiumRefund: REFUND, settledAt: '2026-05-05T18:00:00.000Z' }, partition);
  const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params))[0].n);

  it('InsuranceClaimPaid on a contract blocked for DEATH (manual payments refused): one PaymentReceived INSURANCE, the excess credited, however often the claim is delivered', async () => {
    const a = await deceased();
    const refused = await h.pay({ ...ids(a), purpose: 'EARLY_SETTLEMENT', amount: '1016.64', paymentDate: COVERAGE });
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([422, 'PAYMENT.CONTRACT_BLOCKED', { reason: 'DEATH' }]);

    const claimId = randomUUID();
    const first = await claimPaid(a, claimId, '1020.00');
    await h.resend(first);
    await claimPaid(a, claimId, '1020.00', first.partition);
    // A claim of another contract after the twins on their partition: once it settles, they were consumed.
    const marker = await deceased();
    await claimPaid(marker, randomUUID(), '1016.64', first.partition);
    await h.billing(marker.contractId, (b) => b.status === 'SETTLED');

    const view = await h.view(a.contractId);
    // 1020.00 − 1016.64 = 3.36 for the estate.
    expect([view.status, view.creditBalance, view.installments.map((i: any) => i.status), view.block.reason]).toEqual(['SETTLED', '3.36', ['SETTLED', 'SETTLED', 'SETTLED'], 'DEATH']);
    const event = await h.received(view.settledByPaymentId);
    expect(event.metadata).toMatchObject({ causationId: first.eventId, correlationId: first.metadata.correlationId });
    expect(h.receivedFor(a.contractId)).toEqual([
      {
        paymentId: view.settledByPaymentId, ...ids(a), source: 'INSURANCE', purpose: 'EARLY_SETTLEMENT', settlement: { reason: 'INSURANCE_CLAIM', claimId },
        amount: '1020.00', allocations: [], unallocated: '1016.64', overpayment: '3.36', paymentDate: COVERAGE, paidAt: expect.any(String),
      },
    ]);
    expect(await h.payment(view.settledByPaymentId)).toMatchObject({
      source: 'INSURANCE', purpose: 'EARLY_SETTLEMENT', effect: 'APPLIED', paymentDate: COVERAGE,
      settlement: { reason: 'INSURANCE_CLAIM', claimId, kind: 'PAYOFF', settlementAmount: '1016.64', settledInstallments: [1, 2, 3], remainingUndiscounted: '1040.27' },
    });
    expect(await count(`SELECT count(*) AS n FROM payment WHERE settlement ->> 'claimId' = $1`, [claimId])).toBe(1);
  });

  it('a claim dated before a payroll deduction that came after the death is valued on that deduction\'s date, as loan values it: the balance after it settled, the rest the estate\'s', async () => {
    const a = await h.activate(handActivation(), '7341118921');
    await h.send('ContractBlocked', { ...examplePayload('ContractBlocked'), ...ids(a), revision: 3, reason: 'DEATH', blockedAt: '2026-05-05T14:00:00.000Z' });
    await h.billing(a.contractId, (b) => b.block?.reason === 'DEATH');
    const remittance = { remittanceId: `FOLHA-${randomUUID()}`, referenceMonth: '2026-05', paymentDate: '2026-05-10', lines: [{ benefitNumber: '7341118921', contractId: a.contractId, installmentNumber: 1, amount: '346.75' }] };
    expect((await h.remit(remittance)).body.lines.map((l: any) => l.status)).toEqual(['MATCHED']);
    const claimId = randomUUID();
    await claimPaid(a, claimId, '1016.64');
    // On 05-10 after #1: 1000 × 1.02 − 346.75 = 673.25; 1016.64 − 673.25 = 343.39 back to the estate.
    const view = await h.billing(a.contractId, (b) => b.status === 'SETTLED');
    expect(view.creditBalance).toBe('343.39');
    expect(h.receivedFor(a.contractId).filter((p) => p.source === 'INSURANCE')).toEqual([
      expect.objectContaining({ settlement: { reason: 'INSURANCE_CLAIM', claimId }, amount: '1016.64', unallocated: '673.25', overpayment: '343.39', paymentDate: '2026-05-10' }),
    ]);
  });

  it('PostgreSQL itself refuses a second payment of a claim, and an insurance payment naming no claim', async () => {
    const a = await deceased();
    const claimId = randomUUID();
    await claimPaid(a, claimId, '1016.64');
    await h.billing(a.contractId, (b) => b.status === 'SETTLED');
    const insert = (settlement: object) =>
      db.query(
        `INSERT INTO payment (payment_id, customer_id, contract_id, source, purpose, amount, unallocated, overpayment, payment_date, paid_at, allocations, settlement, effect)
         VALUES ($1, $2, $3, 'INSURANCE', 'EARLY_SETTLEMENT', 1016.64, 0, 1016.64, $4, now(), '[]', $5, 'CREDITED')`,
        [randomUUID(), a.customerId, a.contractId, COVERAGE, JSON.stringify(settlement)],
      );
    await expect(insert({ reason: 'INSURANCE_CLAIM', claimId })).rejects.toThrow(/payment_insurance_payoff/);
    await expect(insert({ reason: 'INSURANCE_CLAIM' })).rejects.toThrow(/payment_insurance_claim/);
    expect(await count(`SELECT count(*) AS n FROM payment WHERE source = 'INSURANCE' AND contract_id = $1`, [a.contractId])).toBe(1);
  });

  it('a claim paid after the contract ended is all credit, no PaymentReceived', async () => {
    const a = await deceased();
    await h.send('ContractSettled', { ...examplePayload('ContractSettled'), ...ids(a), reason: 'PAID_OFF', settledAt: '2026-05-05T18:00:00.000Z' });
    await h.billing(a.contractId, (b) => b.status === 'SETTLED');
    await claimPaid(a, randomUUID(), '1016.64');
    expect((await h.billing(a.contractId, (b) => b.creditBalance !== '0.00')).creditBalance).toBe('1016.64');
    expect(h.receivedFor(a.contractId)).toEqual([]);
  });

  it('ContractSettled with insurancePremiumRefund: credited once on the billing payment settled, though delivered three times (twice the same event)', async () => {
    const a = await h.activate(handActivation());
    await h.setToday(COVERAGE);
    expect((await h.pay({ ...ids(a), purpose: 'EARLY_SETTLEMENT', amount: '1016.64', paymentDate: COVERAGE })).status).toBe(201);
    const first = await settledWithRefund(ids(a));
    await h.resend(first);
    await settledWithRefund(ids(a), first.partition);
    const marker = { contractId: randomUUID(), customerId: randomUUID() };
    await settledWithRefund(marker, first.partition);
    await h.billing(marker.contractId, (b) => b.insurancePremiumRefund === REFUND);

    const view = await h.view(a.contractId);
    expect([view.status, view.creditBalance, view.insurancePremiumRefund]).toEqual(['SETTLED', REFUND, REFUND]);
    expect(await db.query(`SELECT credit_balance::text AS credit, insurance_premium_refund::text AS refund FROM billing WHERE contract_id = $1`, [a.contractId])).toEqual([{ credit: REFUND, refund: REFUND }]);
  });
});

/** payment stopped and started again on the same schema and consumer group: what it credited stays credited. */
describe('the premium refund across a restart (payment, real stack)', () => {
  const boot = (namespace?: string, schema?: string) =>
    startTestService({ service: 'payment', config: PaymentConfig, module: (c) => AppModule.register(c), namespace, env: { INSTALLMENT_DUE_JOB_INTERVAL_MS: '0', ...(schema ? { DATABASE_SCHEMA: schema } : {}) } });
  let first: TestService<PaymentConfig> | undefined;
  let second: TestService<PaymentConfig> | undefined;
  const producer = testKafka().producer();

  beforeAll(async () => {
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    // The second instance drops the shared schema; without one, the first still owns it.
    await (second ?? first)?.close();
  });

  it('ContractSettled again after the restart (the same event, and another id) credits nothing more', async () => {
    first = await boot();
    const { namespace } = first;
    const schema = first.config.DATABASE_SCHEMA;
    const a = handActivation();
    const who = { contractId: a.contractId, customerId: a.customerId };
    const refundOf = async (s: TestService<PaymentConfig>, contractId: string) =>
      (await s.app.get(DataSource).query(`SELECT credit_balance::text AS credit, insurance_premium_refund::text AS refund FROM billing WHERE contract_id = $1`, [contractId]))[0];
    const settled = (who: { contractId: string; customerId: string }, partition?: number) =>
      publish(producer, namespace, 'ContractSettled', { ...examplePayload('ContractSettled'), ...who, reason: 'EARLY_SETTLEMENT', insurancePremiumRefund: REFUND, settledAt: '2026-05-05T18:00:00.000Z' }, { partition });
    await publish(producer, namespace, 'ContractActivated', a);
    const live = first;
    // The first instance consumes before anything is asked of it: a fresh group's first assignment can be slow on a
    // loaded machine (one CI run saw nothing credited within 30 s); the settlement then follows the activation, as in the stack.
    await waitFor(async () => (await live.app.get(DataSource).query('SELECT 1 FROM billing WHERE contract_id = $1', [a.contractId])).length > 0, { description: 'the billing opened', timeoutMs: 60_000 });
    const once = await settled(who);
    expect(await waitFor(async () => (await refundOf(live, a.contractId))?.refund === REFUND && refundOf(live, a.contractId), { description: 'the refund credited' })).toEqual({ credit: REFUND, refund: REFUND });
    await first.app.close();

    second = await boot(namespace, schema);
    const { partition, ...envelope } = once;
    await producer.send({ topic: namespacedTopic({ namespace }, 'ContractSettled'), messages: [{ key: envelope.aggregateId, value: JSON.stringify(envelope), partition }] });
    await settled(who, partition);
    const marker = { contractId: randomUUID(), customerId: randomUUID() };
    await settled(marker, partition);
    const restarted = second;
    await waitFor(async () => (await refundOf(restarted, marker.contractId))?.refund === REFUND, { description: 'the marker consumed after the restart' });
    expect(await refundOf(second, a.contractId)).toEqual({ credit: REFUND, refund: REFUND });
  });
});
