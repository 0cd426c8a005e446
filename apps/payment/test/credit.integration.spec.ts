import { randomUUID } from 'node:crypto';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { waitFor } from '@consignado/testing';
import { handActivation } from './fixtures/contracts';
import { PIX, type Release, startRelease } from './disbursements';
import { signedInCustomer } from './support';
import { type Harness, startHarness } from './harness';

type Activation = PayloadOf<'ContractActivated'>;

/**
 * The customer's credit (R-LN-10) on the real broker and PostgreSQL: refunded through the rail as a
 * CREDIT_REFUND disbursement (debited at once, restored once if the rail fails), or applied to the
 * next open installments; racing requests never spend more than the credit; refusals write nothing.
 * HAND (fixtures): 346.75 due 2026-05-10, 346.75 due 06-10, 346.77 due 07-10; business date 2026-05-20.
 */
describe('the customer\'s credit (payment, real stack)', () => {
  let h: Harness;
  let r: Release;
  let db: DataSource;

  beforeAll(async () => {
    h = await startHarness();
    r = await startRelease(h);
    db = h.service.app.get(DataSource);
    await h.setToday('2026-05-20');
  });

  afterAll(async () => {
    await r?.stop();
    await h?.close();
  });

  /** A HAND contract whose installment 1 (10 days late on 2026-05-20: 346.75 + 6.94 + 1.14 = 354.83) was paid with `credit` more; the account registered when asked. */
  const withCredit = async (credit: string, account = true, customerId?: string): Promise<Activation> => {
    const a = await h.activate(handActivation(customerId ? { customerId } : {}));
    if (account) await r.account(a.customerId, PIX, '2026-04-11T10:00:00.000Z');
    if (account) await r.requested(a.contractId);
    const amount = (Number(credit) * 100 + 35483) / 100;
    const paid = await h.pay({ customerId: a.customerId, contractId: a.contractId, amount: amount.toFixed(2), installments: [1], paymentDate: '2026-05-20' });
    expect([paid.status, paid.body.overpayment]).toEqual([201, credit]);
    return a;
  };
  const refund = (a: Activation, body: object = {}, key?: string) => h.api.call('POST', `/v1/contracts/${a.contractId}/credit/refund`, body, key ? { 'idempotency-key': key } : {});
  const apply = (a: Activation, body: object = {}, key?: string) => h.api.call('POST', `/v1/contracts/${a.contractId}/credit/apply`, body, key ? { 'idempotency-key': key } : {});
  const refundRequests = (a: Activation) => r.requestsFor(a.contractId).filter((e) => e.purpose === 'CREDIT_REFUND');
  const rows = async (a: Activation) => {
    const [d] = await db.query(`SELECT (SELECT count(*)::int FROM disbursement WHERE contract_id = $1 AND purpose = 'CREDIT_REFUND') AS refunds, (SELECT count(*)::int FROM credit_application WHERE contract_id = $1) AS applications, (SELECT count(*)::int FROM payment WHERE contract_id = $1) AS payments`, [a.contractId]);
    return d;
  };

  it('refund: the credit debited at once, FundsReleaseRequested CREDIT_REFUND on the account, shown by the billing view; the same key replays', async () => {
    const a = await withCredit('120.00');
    const key = randomUUID();
    const first = await refund(a, { amount: '100.00' }, key);
    expect([first.status, first.body.creditBalance, first.body.refund.status, first.body.refund.amount]).toEqual([201, '20.00', 'REQUESTED', '100.00']);
    const [request] = await waitFor(async () => (refundRequests(a).length ? refundRequests(a) : undefined), { description: 'refund requested' });
    expect(request).toMatchObject({ disbursementId: first.body.refund.disbursementId, contractId: a.contractId, customerId: a.customerId, purpose: 'CREDIT_REFUND', amount: '100.00', account: PIX });
    const again = await refund(a, { amount: '100.00' }, key);
    expect([again.status, again.body]).toEqual([200, first.body]);
    expect((await refund(a, { amount: '10.00' }, key)).body.code).toBe('BILLING.CREDIT_IDEMPOTENCY_CONFLICT');
    const view = await h.view(a.contractId);
    expect([view.creditBalance, view.credit.balance, view.credit.refunds.map((x: any) => [x.refundId, x.status, x.amount])]).toEqual(['20.00', '20.00', [[first.body.refund.refundId, 'REQUESTED', '100.00']]]);
    expect((await r.view(a.contractId)).body.purpose).toBe('LOAN_RELEASE');
    expect(refundRequests(a)).toHaveLength(1);
  });

  it('FundsReleaseFailed delivered twice (and again under another event id): the credit restored once, the refund FAILED; the customer may ask again', async () => {
    const a = await withCredit('50.00');
    const asked = await refund(a);
    const [request] = await waitFor(async () => (refundRequests(a).length ? refundRequests(a) : undefined), { description: 'refund requested' });
    const failed = await r.failed(request);
    await h.resend(failed);
    await r.failed(request, failed.partition);
    const view = await h.billing(a.contractId, (b) => b.credit.refunds[0]?.status === 'FAILED');
    // A marker after them on their partition: once applied, the repeats were consumed.
    const marker = await withCredit('1.00');
    expect((await refund(marker)).status).toBe(201);
    const [m] = await waitFor(async () => (refundRequests(marker).length ? refundRequests(marker) : undefined), { description: 'marker refund' });
    await r.failed(m, failed.partition);
    await h.billing(marker.contractId, (b) => b.credit.refunds[0]?.status === 'FAILED');
    expect([asked.body.creditBalance, view.credit.refunds[0].failureCode, (await h.view(a.contractId)).creditBalance]).toEqual(['0.00', 'RAIL.HOLDER_MISMATCH', '50.00']);
    const second = await refund(a);
    expect([second.status, second.body.refund.amount, second.body.creditBalance]).toEqual([201, '50.00', '0.00']);
  });

  it('FundsReleased twice: RELEASED once, the credit stays spent', async () => {
    const a = await withCredit('30.00');
    await refund(a);
    const [request] = await waitFor(async () => (refundRequests(a).length ? refundRequests(a) : undefined), { description: 'refund requested' });
    const released = await r.released(request);
    await h.resend(released);
    const view = await h.billing(a.contractId, (b) => b.credit.refunds[0]?.status === 'RELEASED');
    expect([view.creditBalance, view.credit.refunds[0].endToEndId]).toEqual(['0.00', expect.any(String)]);
    expect(await db.query(`SELECT status FROM disbursement_attempt WHERE parent_id = $1`, [view.credit.refunds[0].refundId])).toEqual([{ status: 'RELEASED' }]);
  });

  it('apply: the next open installment paid from the credit (PaymentReceived MANUAL), the rest stays credit, the view shows it', async () => {
    const a = await withCredit('400.00');
    const applied = await apply(a);
    expect([applied.status, applied.body.installments, applied.body.amount, applied.body.creditBalance]).toEqual([201, [2], '346.75', '53.25']);
    const received = await h.received(applied.body.paymentId);
    expect(received.payload).toMatchObject({ source: 'MANUAL', purpose: 'INSTALLMENT', amount: '346.75', overpayment: '0.00', allocations: [{ installmentNumber: 2, amount: '346.75', fine: '0.00', mora: '0.00' }] });
    const view = await h.view(a.contractId);
    expect([view.installments.map((i: any) => i.status), view.credit.applications]).toEqual([['PAID', 'PAID', 'PENDING'], [{ paymentId: applied.body.paymentId, amount: '346.75', appliedAt: expect.any(String), installments: [2] }]]);
  });

  it('every refusal writes nothing: no account, no credit, above it, too little for the next installment, blocked', async () => {
    const code = (x: { status: number; body: any }) => [x.status, x.body.code];
    const noAccount = await withCredit('40.00', false);
    expect(code(await refund(noAccount, {}, randomUUID()))).toEqual([422, 'DISBURSEMENT.NO_PAYOUT_ACCOUNT']);
    const a = await withCredit('40.00');
    expect(code(await refund(a, { amount: '40.01' }))).toEqual([422, 'BILLING.INSUFFICIENT_CREDIT']);
    expect(code(await apply(a))).toEqual([422, 'BILLING.INSUFFICIENT_CREDIT']);
    expect(code(await refund(a, { amount: '0' }))).toEqual([400, 'PAYMENT.INVALID_AMOUNT']);
    await h.send('ContractBlocked', { ...examplePayload('ContractBlocked'), contractId: a.contractId, customerId: a.customerId, revision: 2, reason: 'JUDICIAL_ORDER', blockedAt: '2026-05-19T10:00:00.000Z' });
    await h.billing(a.contractId, (b) => b.block !== null);
    expect(code(await refund(a))).toEqual([422, 'PAYMENT.CONTRACT_BLOCKED']);
    expect(code(await apply(a))).toEqual([422, 'PAYMENT.CONTRACT_BLOCKED']);
    for (const c of [noAccount, a]) expect([(await h.view(c.contractId)).creditBalance, await rows(c)]).toEqual(['40.00', { refunds: 0, applications: 0, payments: 1 }]);
    expect(refundRequests(noAccount).concat(refundRequests(a))).toEqual([]);
  });

  it('racing refunds and applications never spend more than the credit', async () => {
    const a = await withCredit('400.00');
    const answers = await Promise.all([refund(a), apply(a), refund(a), apply(a, {}, randomUUID())]);
    const won = answers.filter((x) => x.status === 201);
    expect([won.length, answers.filter((x) => x.status === 422).map((x) => x.body.code).every((c) => c === 'BILLING.INSUFFICIENT_CREDIT')]).toEqual([expect.any(Number), true]);
    const view = await h.view(a.contractId);
    const spent = [...view.credit.refunds.map((x: any) => Number(x.amount)), ...view.credit.applications.map((x: any) => Number(x.amount))].reduce((s, v) => s + v, 0);
    expect((spent + Number(view.creditBalance)).toFixed(2)).toBe('400.00');
    expect(Number(view.creditBalance)).toBeGreaterThanOrEqual(0);
    const b = await withCredit('346.75');
    const applies = await Promise.all(Array.from({ length: 4 }, () => apply(b, {}, randomUUID())));
    expect(applies.map((x) => x.status).sort()).toEqual([201, 422, 422, 422]);
    expect([(await h.view(b.contractId)).creditBalance, await rows(b)]).toEqual(['0.00', { refunds: 0, applications: 1, payments: 2 }]);
    const c = await withCredit('80.00');
    const refunds = await Promise.all([refund(c, {}, randomUUID()), refund(c, {}, randomUUID())]);
    expect(refunds.map((x) => x.status).sort()).toEqual([201, 422]);
    await waitFor(async () => (refundRequests(c).length ? true : undefined), { description: 'refund requested' });
    expect([(await h.view(c.contractId)).creditBalance, await rows(c), refundRequests(c).map((e) => e.amount)]).toEqual(['0.00', { refunds: 1, applications: 0, payments: 1 }, ['80.00']]);
  });

  it('a customer refunds and applies their own credit; another\'s contract answers as unknown; both actions audited, refusals by their code', async () => {
    const [me, other] = await Promise.all([signedInCustomer(h.service.baseUrl), signedInCustomer(h.service.baseUrl)]);
    const a = await withCredit('400.00', true, me.customerId);
    const theirs = await other.api.call('POST', `/v1/contracts/${a.contractId}/credit/refund`, {});
    expect([theirs.status, theirs.body.code]).toEqual([404, 'PAYMENT.CONTRACT_NOT_FOUND']);
    expect((await me.api.call('POST', `/v1/contracts/${a.contractId}/credit/apply`, {})).status).toBe(201);
    expect((await me.api.call('POST', `/v1/contracts/${a.contractId}/credit/refund`, { amount: '53.25' })).status).toBe(201);
    expect((await h.view(a.contractId)).creditBalance).toBe('0.00');
    const audit = async (action: string) => (await h.api.call('GET', `/v1/admin/audit?action=${action}&limit=500`)).body.items.filter((i: any) => i.path === `/v1/contracts/${a.contractId}/credit/${action.split('.')[1]}`);
    expect((await audit('credit.refund')).map((i: any) => [i.status, i.outcome])).toEqual([[201, 'OK'], [404, 'PAYMENT.CONTRACT_NOT_FOUND']]);
    expect((await audit('credit.apply')).map((i: any) => [i.actor, i.status])).toEqual([[me.customerId, 201]]);
  });

  it('both routes and the credit view are in the OpenAPI document', async () => {
    // Built as the service's /docs does (service-kit bootstrap); the test service serves none.
    const docs = SwaggerModule.createDocument(h.service.app, new DocumentBuilder().build()) as unknown as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(docs.paths)).toEqual(expect.arrayContaining(['/v1/contracts/{contractId}/credit/refund', '/v1/contracts/{contractId}/credit/apply']));
    expect(Object.keys(docs.components.schemas)).toEqual(expect.arrayContaining(['CreditView', 'CreditRefundReceipt', 'CreditApplicationReceipt']));
  });
});
