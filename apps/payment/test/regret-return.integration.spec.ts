import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { handActivation } from './fixtures/contracts';
import { PIX, type Release, startRelease } from './disbursements';
import { type Harness, startHarness } from './harness';
import { signedInCustomer } from './support';

type Activation = PayloadOf<'ContractActivated'>;

/**
 * The right of regret (R-PR-8) on the release of funds, real stack: money not yet asked for is
 * cancelled; money released must come back — a regret return DUE, receipts recorded by the customer
 * or staff with an Idempotency-Key, partial ones adding up, an over-receipt refused with nothing written.
 */
describe('right of regret and the regret return (payment, real stack)', () => {
  let h: Harness;
  let r: Release;
  let db: DataSource;

  beforeAll(async () => {
    h = await startHarness();
    r = await startRelease(h);
    db = h.service.app.get(DataSource);
  });

  afterAll(async () => {
    await r?.stop();
    await h?.close();
  });

  const regret = (a: Activation, amountToReturn?: string) =>
    h.send('ContractCancelled', { ...examplePayload('ContractCancelled'), contractId: a.contractId, proposalId: a.proposalId, customerId: a.customerId, reason: 'RIGHT_OF_REGRET', cancelledAt: '2026-04-12T12:00:00.000Z', ...(amountToReturn ? { amountToReturn } : { amountToReturn: undefined }) });
  const receipts = async (contractId: string) => Number((await db.query(`SELECT count(*) AS n FROM regret_return_receipt WHERE contract_id = $1`, [contractId]))[0].n);

  it('regret while awaiting an account: CANCELLED, no return; an account arriving afterwards requests nothing', async () => {
    const a = await h.activate(handActivation());
    await r.disbursement(a.contractId, (d) => d.status === 'AWAITING_ACCOUNT');
    await regret(a);
    const view = await r.disbursement(a.contractId, (d) => d.status === 'CANCELLED');
    expect([view.regrettedAt, view.regretReturn, view.attempts]).toEqual(['2026-04-12T12:00:00.000Z', null, []]);
    const changed = await r.account(a.customerId, PIX, '2026-04-13T10:00:00.000Z');
    const marker = await h.activate(handActivation());
    await r.account(marker.customerId, PIX, '2026-04-13T10:00:00.000Z', changed.partition);
    await r.requested(marker.contractId);
    expect(r.requestsFor(a.contractId)).toEqual([]);
  });

  it('regret after the release: the return DUE, received by the customer in parts with Idempotency-Keys, an over-receipt refused with nothing written, then RECEIVED', async () => {
    const me = await signedInCustomer(h.service.baseUrl);
    const a = await h.activate(handActivation({ customerId: me.customerId, releasedAmount: '980.00' }));
    await r.account(a.customerId, PIX, '2026-04-11T10:00:00.000Z');
    const [request] = await r.requested(a.contractId);
    await r.released(request);
    await r.disbursement(a.contractId, (d) => d.status === 'RELEASED');
    await regret(a, '980.00');
    const due = await r.disbursement(a.contractId, (d) => d.regretReturn !== null);
    expect(due.regretReturn).toMatchObject({ status: 'DUE', amountDue: '980.00', amountReceived: '0.00', outstanding: '980.00', receipts: [] });

    const path = `/v1/contracts/${a.contractId}/regret-return/receipts`;
    const key = randomUUID();
    const part = await me.api.call('POST', path, { amount: '400.00', receivedAt: '2026-04-13' }, { 'idempotency-key': key });
    expect([part.status, part.body.status, part.body.outstanding]).toEqual([201, 'DUE', '580.00']);
    const replay = await me.api.call('POST', path, { amount: '400.00', receivedAt: '13/04/2026' }, { 'idempotency-key': key });
    expect([replay.status, replay.body]).toEqual([200, part.body]);
    const conflict = await me.api.call('POST', path, { amount: '401.00' }, { 'idempotency-key': key });
    expect([conflict.status, conflict.body.code]).toEqual([409, 'DISBURSEMENT.IDEMPOTENCY_CONFLICT']);

    const over = await h.api.call('POST', path, { amount: '580.01' }, { 'idempotency-key': randomUUID() });
    expect([over.status, over.body.code, over.body.detail, over.body.details]).toEqual([422, 'DISBURSEMENT.RETURN_OVERPAID', 'Valor recebido excede o saldo a devolver (R$ 580.00).', { outstanding: '580.00' }]);
    expect(await receipts(a.contractId)).toBe(1);

    const rest = await h.api.call('POST', path, { amount: '580.00' }, { 'idempotency-key': randomUUID() });
    expect([rest.status, rest.body.status, rest.body.amountReceived, rest.body.outstanding, rest.body.receipts.length]).toEqual([201, 'RECEIVED', '980.00', '0.00', 2]);
    const after = await h.api.call('POST', path, { amount: '0.01' });
    expect([after.status, after.body.code]).toEqual([422, 'DISBURSEMENT.RETURN_OVERPAID']);
    const mine = await me.api.call('GET', `/v1/contracts/${a.contractId}/disbursements`);
    expect([mine.status, mine.body.status, mine.body.regretReturn.status]).toEqual([200, 'RELEASED', 'RECEIVED']);
  });

  it('concurrent receipts never receive more than is due: the database row lock lets one through', async () => {
    const a = await h.activate(handActivation({ releasedAmount: '980.00' }));
    await r.account(a.customerId, PIX, '2026-04-11T10:00:00.000Z');
    await r.released((await r.requested(a.contractId))[0]);
    await r.disbursement(a.contractId, (d) => d.status === 'RELEASED');
    await regret(a);
    await r.disbursement(a.contractId, (d) => d.regretReturn?.amountDue === '980.00');
    const path = `/v1/contracts/${a.contractId}/regret-return/receipts`;
    const answers = await Promise.all(Array.from({ length: 4 }, () => h.api.call('POST', path, { amount: '600.00' }, { 'idempotency-key': randomUUID() })));
    expect(answers.map((x) => x.status).sort()).toEqual([201, 422, 422, 422]);
    expect([await receipts(a.contractId), (await r.view(a.contractId)).body.regretReturn.outstanding]).toEqual([1, '380.00']);
  });

  it('a customer reaches only their own contract: anyone else\'s disbursement and return answer as unknown', async () => {
    const [me, other] = await Promise.all([signedInCustomer(h.service.baseUrl), signedInCustomer(h.service.baseUrl)]);
    const a = await h.activate(handActivation({ customerId: me.customerId }));
    await r.disbursement(a.contractId, (d) => d.status === 'AWAITING_ACCOUNT');
    expect((await me.api.call('GET', `/v1/contracts/${a.contractId}/disbursements`)).status).toBe(200);
    const theirs = await other.api.call('GET', `/v1/contracts/${a.contractId}/disbursements`);
    expect([theirs.status, theirs.body.code]).toEqual([404, 'DISBURSEMENT.NOT_FOUND']);
    const post = await other.api.call('POST', `/v1/contracts/${a.contractId}/regret-return/receipts`, { amount: '1.00' });
    expect([post.status, post.body.code]).toEqual([404, 'DISBURSEMENT.REGRET_RETURN_NOT_FOUND']);
  });

  it('a regret seen before the activation: the late activation releases nothing', async () => {
    const a = handActivation();
    await r.account(a.customerId, PIX, '2026-04-09T10:00:00.000Z');
    await regret(a);
    await r.disbursement(a.contractId, (d) => d.status === 'CANCELLED' && d.amount === null);
    await h.send('ContractActivated', a);
    await h.billing(a.contractId, (b) => b.status === 'CANCELLED' && b.installments.length > 0);
    const marker = await h.activate(handActivation({ customerId: a.customerId }));
    await r.requested(marker.contractId);
    expect(r.requestsFor(a.contractId)).toEqual([]);
  });
});
