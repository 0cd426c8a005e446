import { randomUUID } from 'node:crypto';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { waitFor } from '@consignado/testing';
import { handActivation } from './fixtures/contracts';
import { type Harness, startHarness } from './harness';

type Activation = PayloadOf<'ContractActivated'>;

/**
 * Refinancing holds and payoffs, and the portability out's funds, on the real broker and
 * PostgreSQL (R-LN-6, R-LN-7, docs/life-cycle.md). The old contract is HAND (fixtures/contracts.ts)
 * with #1 paid; quoted on 2026-06-10 its payoff is 673.25 + R(673.25 × (1.02^(31/30) − 1)) =
 * 673.25 + R(13.9185) = 687.17; with #2 paid too it is B_2 = 339.97.
 */
describe('refinancing and portability payoffs (payment, real stack)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  const of = (a: Activation, over: Record<string, unknown>) => ({ customerId: a.customerId, contractId: a.contractId, ...over });
  const withFirstPaid = async () => {
    const a = await h.activate(handActivation());
    await h.setToday('2026-06-10');
    expect((await h.pay(of(a, { installments: [1], amount: '346.75', paymentDate: '2026-05-10' }))).status).toBe(201);
    return a;
  };
  const terms = (old: Activation, payoff = '687.17', payoffDate = '2026-06-10') => ({ contractId: old.contractId, payoffDate, payoff, troco: '100.00' });
  const approve = (old: Activation, proposalId: string, partition?: number) =>
    h.send('CreditApproved', { ...examplePayload('CreditApproved'), proposalId, customerId: old.customerId, operationType: 'REFINANCING', refinancedContractId: old.contractId, refinancing: terms(old) }, partition);
  const replacement = (old: Activation, proposalId: string, payoff?: string, payoffDate?: string) =>
    handActivation({ proposalId, customerId: old.customerId, operationType: 'REFINANCING', refinancedContractId: old.contractId, refinancing: terms(old, payoff, payoffDate) });
  const funds = (a: Activation, portabilityNumber: string, amount: string, balanceDate = '2026-06-10') => ({
    ...examplePayload('PortabilityOutFundsReceived'), contractId: a.contractId, portabilityNumber, amount, balanceDate,
  });
  const nu = () => `2026061000000${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

  it('a pending refinancing refuses settlement and amortization (409) but takes installments; its activation pays the old contract off, the installment paid since the quote credited to the cent', async () => {
    const old = await withFirstPaid();
    const proposalId = randomUUID();
    await approve(old, proposalId);
    await h.billing(old.contractId, (b) => b.refinancingHold?.proposalId === proposalId);
    for (const answer of [
      await h.pay(of(old, { purpose: 'EARLY_SETTLEMENT', amount: '687.17', paymentDate: '2026-06-10' })),
      await h.pay(of(old, { purpose: 'EXTRA_AMORTIZATION', amount: '100.00', paymentDate: '2026-06-10', amortizationMode: 'REDUCE_TERM' })),
    ]) {
      expect([answer.status, answer.body.code]).toEqual([409, 'PAYMENT.REFINANCING_IN_PROGRESS']);
      expect(answer.body.detail).toMatch(/^Há um refinanciamento deste contrato em andamento/);
    }
    const second = await h.pay(of(old, { installments: [2], amount: '346.75', paymentDate: '2026-06-10' }));
    expect(second.status).toBe(201);

    const fresh = replacement(old, proposalId);
    const activated = await h.send('ContractActivated', fresh);
    const view = await h.billing(old.contractId, (b) => b.status === 'SETTLED');
    // Required on 06-10 with #1 and #2 paid: 339.97; 687.17 − 339.97 = 347.20 is the customer's refundable credit.
    expect([view.creditBalance, view.installments.map((i: any) => i.status), view.refinancingHold]).toEqual(['347.20', ['PAID', 'PAID', 'SETTLED'], null]);
    const event = await h.received(view.settledByPaymentId);
    expect(event.payload).toEqual({
      paymentId: view.settledByPaymentId, contractId: old.contractId, customerId: old.customerId, source: 'REFINANCING', purpose: 'EARLY_SETTLEMENT',
      settlement: { reason: 'REFINANCED', replacedByContractId: fresh.contractId }, amount: '687.17', allocations: [], unallocated: '339.97', overpayment: '347.20',
      paymentDate: '2026-06-10', paidAt: expect.any(String),
    });
    expect([event.metadata.causationId, event.metadata.correlationId]).toEqual([activated.eventId, activated.metadata.correlationId]);
    expect(await h.payment(view.settledByPaymentId)).toMatchObject({
      source: 'REFINANCING', effect: 'APPLIED', unallocated: '339.97', overpayment: '347.20',
      settlement: { reason: 'REFINANCED', replacedByContractId: fresh.contractId, kind: 'PAYOFF', settlementAmount: '339.97', settledInstallments: [3], remainingUndiscounted: '346.77' },
    });
    expect((await h.view(fresh.contractId)).status).toBe('ACTIVE');

    // The activation delivered again (another event id) pays nothing: a marker on its partition proves it was consumed.
    const again = await h.send('ContractActivated', fresh);
    const marker = handActivation();
    await h.send('ContractActivated', marker, again.partition);
    await h.billing(marker.contractId, (b) => b.status === 'ACTIVE');
    expect(h.receivedFor(old.contractId).map((p) => p.source)).toEqual(['MANUAL', 'MANUAL', 'REFINANCING']);
    expect((await h.view(old.contractId)).creditBalance).toBe('347.20');
  });

  it('the new contract cancelled releases the hold; a cancellation seen before its approval leaves nothing held', async () => {
    const old = await withFirstPaid();
    const proposalId = randomUUID();
    await approve(old, proposalId);
    await h.billing(old.contractId, (b) => b.refinancingHold?.proposalId === proposalId);
    const cancelled = { ...examplePayload('ContractCancelled'), contractId: randomUUID(), proposalId, customerId: old.customerId, reason: 'REFINANCING_REFUSED' as const, averbationRegistered: false };
    await h.send('ContractCancelled', cancelled);
    await h.billing(old.contractId, (b) => b.refinancingHold === null);
    expect((await h.pay(of(old, { purpose: 'EARLY_SETTLEMENT', amount: '687.17', paymentDate: '2026-06-10' }))).status).toBe(201);

    const other = await withFirstPaid();
    const late = randomUUID();
    const lateCancel = { ...cancelled, contractId: randomUUID(), proposalId: late, customerId: other.customerId };
    await h.send('ContractCancelled', lateCancel);
    await waitFor(async () => (await h.view(lateCancel.contractId)).status === 'CANCELLED');
    const stale = await approve(other, late);
    // A later approval on the same partition holds: once it shows, the stale one was consumed before it and held nothing.
    const live = randomUUID();
    await approve(other, live, stale.partition);
    expect((await h.billing(other.contractId, (b) => b.refinancingHold !== null)).refinancingHold.proposalId).toBe(live);
  });

  it('the new contract\'s averbação failing for good releases the hold; a retryable failure keeps it', async () => {
    const old = await withFirstPaid();
    const proposalId = randomUUID();
    await approve(old, proposalId);
    await h.billing(old.contractId, (b) => b.refinancingHold?.proposalId === proposalId);
    const failed = { ...examplePayload('AverbationFailed'), contractId: randomUUID(), proposalId };
    const retrying = await h.send('AverbationFailed', { ...failed, retryable: true, attempts: 1 });
    // A marker after the retryable report on its partition: once it is held, the report was consumed and kept the hold.
    const marker = handActivation();
    await h.send('ContractActivated', marker, retrying.partition);
    await h.billing(marker.contractId, (b) => b.status === 'ACTIVE');
    expect((await h.billing(old.contractId, () => true)).refinancingHold?.proposalId).toBe(proposalId);
    expect((await h.pay(of(old, { purpose: 'EARLY_SETTLEMENT', amount: '687.17', paymentDate: '2026-06-10' }))).status).toBe(409);

    await h.send('AverbationFailed', { ...failed, code: 'AVERBATION.MARGIN_INSUFFICIENT', retryable: false, attempts: 1 });
    await h.billing(old.contractId, (b) => b.refinancingHold === null);
    const settled = await h.pay(of(old, { purpose: 'EARLY_SETTLEMENT', amount: '687.17', paymentDate: '2026-06-10' }));
    expect(settled.status).toBe(201);
    expect((await h.billing(old.contractId, (b) => b.status === 'SETTLED')).settledByPaymentId).toBe(settled.body.paymentId);
  });

  it('a refinancing whose old contract already ended: all of the payoff is the customer\'s credit, no PaymentReceived', async () => {
    const old = await withFirstPaid();
    const settled = await h.pay(of(old, { purpose: 'EARLY_SETTLEMENT', amount: '687.17', paymentDate: '2026-06-10' }));
    expect(settled.status).toBe(201);
    const fresh = replacement(old, randomUUID());
    await h.send('ContractActivated', fresh);
    await h.billing(fresh.contractId, (b) => b.status === 'ACTIVE');
    const view = await h.billing(old.contractId, (b) => b.creditBalance !== '0.00');
    expect([view.status, view.creditBalance, view.settledByPaymentId]).toEqual(['SETTLED', '687.17', settled.body.paymentId]);
    expect(h.receivedFor(old.contractId).map((p) => p.source)).toEqual(['MANUAL', 'MANUAL']);
  });

  it('portability out funds: settled at the amount due on the balance date, the excess credited; the same NU twice is one payment', async () => {
    const a = await withFirstPaid();
    const number = nu();
    const first = await h.send('PortabilityOutFundsReceived', funds(a, number, '690.00'));
    await h.send('PortabilityOutFundsReceived', funds(a, number, '690.00'), first.partition);
    const marker = await withFirstPaid();
    await h.send('PortabilityOutFundsReceived', funds(marker, nu(), '687.17'), first.partition);
    await h.billing(marker.contractId, (b) => b.status === 'SETTLED');
    // 690.00 − 687.17 = 2.83 credited.
    const view = await h.view(a.contractId);
    expect([view.status, view.creditBalance, view.installments.map((i: any) => i.status)]).toEqual(['SETTLED', '2.83', ['PAID', 'SETTLED', 'SETTLED']]);
    const ported = h.receivedFor(a.contractId).filter((p) => p.source === 'PORTABILITY');
    expect(ported).toEqual([
      {
        paymentId: view.settledByPaymentId, contractId: a.contractId, customerId: a.customerId, source: 'PORTABILITY', purpose: 'EARLY_SETTLEMENT',
        settlement: { reason: 'PORTED_OUT', portabilityNumber: number }, amount: '690.00', allocations: [], unallocated: '687.17', overpayment: '2.83',
        paymentDate: '2026-06-10', paidAt: expect.any(String),
      },
    ]);
  });

  it('portability out funds short of the amount due are dead-lettered with nothing written; on a contract already ended they are all credit', async () => {
    const a = await withFirstPaid();
    const before = await h.view(a.contractId);
    const short = await h.send('PortabilityOutFundsReceived', funds(a, nu(), '687.16'));
    expect(await h.deadLetter((d) => d.eventId === short.eventId)).toMatchObject({ reason: 'permanent-error', error: { code: 'BILLING.PAYOFF_SHORT' } });
    expect(await h.view(a.contractId)).toEqual(before);

    const ended = await withFirstPaid();
    expect((await h.pay(of(ended, { purpose: 'EARLY_SETTLEMENT', amount: '687.17', paymentDate: '2026-06-10' }))).status).toBe(201);
    await h.send('PortabilityOutFundsReceived', funds(ended, nu(), '500.00'));
    expect((await h.billing(ended.contractId, (b) => b.creditBalance !== '0.00')).creditBalance).toBe('500.00');
    expect(h.receivedFor(ended.contractId).map((p) => p.source)).toEqual(['MANUAL', 'MANUAL']);
  });
});
