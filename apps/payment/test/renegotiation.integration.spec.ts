import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, priceSchedule, unwrap } from '@consignado/finance';
import { startRelease, PIX, type Release } from './disbursements';
import { handActivation } from './fixtures/contracts';
import { type Harness, startHarness } from './harness';
import { signedInCustomer } from './support';

type Activation = PayloadOf<'ContractActivated'>;
type Body = Record<string, unknown>;

/**
 * A late contract's workout accepted at payment (R-LN-8, docs/life-cycle.md "Workout of a late
 * contract") on the real broker and PostgreSQL. HAND (fixtures/contracts.ts: R$ 1,000 at 2%,
 * 346.75 / 346.75 / 346.77 due 2026-05-10, 06-10, 07-10), worked out by hand (R = half-up):
 * - on 2026-05-20, #1 ten days late: 346.75 + fine R(6.935) 6.94 + mora R(346.75 × 0.00033 × 10) 1.14
 *   + the rest 673.25 + R(673.25 × (1.02^(1/3) − 1)) 4.46 = 1032.54; LONGER_TERM at 100.00:
 *   n = 11 → 105.50, n = 12 → R(1032.54 × 0.0945596) = 97.64, first due 2026-06-19;
 * - on 2026-06-20, #1 41 and #2 10 days late: 2 × 346.75 + 2 × 6.94 + mora 4.69 and 1.14 + the
 *   rest 339.97 + R(339.97 × (1.02^(1/3) − 1)) 2.25 = 1055.43 → 12 × R(1055.43 × 0.0945596) 99.80;
 *   once #1 is paid (358.38): 346.75 + 6.94 + 1.14 + 342.22 = 697.05 → n = 8, R(697.05 × 0.136510) 95.15.
 */
describe('renegotiation of a late contract (payment, real stack)', () => {
  let h: Harness;
  let release: Release;
  let db: DataSource;

  beforeAll(async () => {
    h = await startHarness();
    release = await startRelease(h);
    db = h.service.app.get(DataSource);
  });

  afterAll(async () => {
    await release?.stop();
    await h?.close();
  });

  const offer = (a: Activation, installmentAmount: string, termMonths: number, over: Body = {}) => ({
    customerId: a.customerId, contractId: a.contractId, option: 'LONGER_TERM', capacity: '100.00', installmentAmount, termMonths, ...over,
  });
  const renegotiate = (body: Body, key?: string, api = h.api) => api.call('POST', '/v1/renegotiations', body, key ? { 'idempotency-key': key } : {});
  const paymentsOf = async (contractId: string) => Number((await db.query('SELECT count(*) AS n FROM payment WHERE contract_id = $1', [contractId]))[0].n);
  const onlyEvent = async (contractId: string, paymentId: string) => {
    const received = (await h.received(paymentId)).payload;
    expect(h.receivedFor(contractId).map((p) => p.paymentId)).toEqual([paymentId]);
    return received;
  };

  /** The new contract as loan activates it: the debt at the same rate, from the payment date (finance's own schedule, as loan books it). */
  const renegotiationActivation = (old: Activation, accepted: any): Activation => {
    const terms = { financedAmount: accepted.debt, monthlyRate: old.monthlyRate, termMonths: accepted.termMonths, contractDate: accepted.date, firstDueDate: accepted.firstDueDate };
    const schedule = priceSchedule({
      principal: Money.of(terms.financedAmount), rate: MonthlyRate.of(terms.monthlyRate), term: LoanTerm.of(terms.termMonths),
      dates: unwrap(LoanDates.create(IsoDate.of(terms.contractDate), IsoDate.of(terms.firstDueDate))),
    });
    return {
      ...handActivation(), ...terms, contractId: accepted.newContractId, customerId: old.customerId, proposalId: old.proposalId, operationType: 'RENEGOTIATION', channel: 'DIGITAL',
      releasedAmount: accepted.debt, iof: '0.00', insurance: '0.00', installmentAmount: accepted.installmentAmount, activatedAt: '2026-05-20T18:00:00.000Z',
      renegotiation: { renegotiatedContractId: old.contractId, paymentId: accepted.paymentId, effectiveDate: accepted.date, terms: accepted.terms },
      schedule: schedule.rows.map((r) => ({ number: r.number, dueDate: String(r.dueDate), amount: r.installment.toString() })),
    };
  };

  it('a customer accepts for their own contract: one settling payment, one PaymentReceived RENEGOTIATED with the terms; the key replays; the new contract opens without any release', async () => {
    const me = await signedInCustomer(h.service.baseUrl);
    const a = await h.activate(handActivation({ customerId: me.customerId }));
    await release.account(me.customerId, PIX, '2026-04-01T12:00:00.000Z');
    await h.setToday('2026-05-20');
    const key = randomUUID();
    const first = await renegotiate(offer(a, '97.64', 12), key, me.api);
    expect([first.status, first.body]).toEqual([201, {
      renegotiationId: expect.any(String), paymentId: expect.any(String), contractId: a.contractId, newContractId: expect.any(String), option: 'LONGER_TERM', date: '2026-05-20',
      consolidatedDebt: '1032.54', discount: '0.00', debt: '1032.54', termMonths: 12, installmentAmount: '97.64', firstDueDate: '2026-06-19',
      message: 'Renegociação registrada com sucesso: o contrato em atraso foi liquidado e a dívida passa ao novo contrato.',
    }]);
    const { paymentId, newContractId, renegotiationId } = first.body;
    const terms = {
      renegotiationId, option: 'LONGER_TERM', capacity: '100.00', lateChargesDiscount: '0', graceDays: 0, maxTermMonths: 96, consolidatedDebt: '1032.54', discount: '0.00',
      termMonths: 12, installmentAmount: '97.64', firstDueDate: '2026-06-19', parameterVersion: 'WORKOUT-50-90', channel: 'DIGITAL', acceptedAt: expect.any(String),
    };
    expect(await onlyEvent(a.contractId, paymentId)).toEqual({
      paymentId, contractId: a.contractId, customerId: a.customerId, source: 'RENEGOTIATION', purpose: 'EARLY_SETTLEMENT', settlement: { reason: 'RENEGOTIATED', replacedByContractId: newContractId, renegotiation: terms },
      amount: '1032.54', allocations: [], unallocated: '1032.54', overpayment: '0.00', paymentDate: '2026-05-20', paidAt: expect.any(String),
    });
    const view = await h.view(a.contractId);
    expect([view.status, view.settledByPaymentId, view.creditBalance, view.installments.map((i: any) => i.status)]).toEqual(['SETTLED', paymentId, '0.00', ['SETTLED', 'SETTLED', 'SETTLED']]);
    expect(await h.payment(paymentId)).toMatchObject({ source: 'RENEGOTIATION', purpose: 'EARLY_SETTLEMENT', unallocated: '1032.54', effect: 'APPLIED', settlement: { reason: 'RENEGOTIATED', replacedByContractId: newContractId, renegotiation: terms, kind: 'CONSOLIDATED_DEBT', settlementAmount: '1032.54' } });

    const again = await renegotiate(offer(a, '97.64', 12, { capacity: '100' }), key, me.api);
    expect([again.status, again.body]).toEqual([200, first.body]);
    const other = await renegotiate(offer(a, '97.64', 12, { capacity: '100.01' }), key, me.api);
    expect([other.status, other.body.code]).toEqual([409, 'PAYMENT.IDEMPOTENCY_CONFLICT']);
    const afterwards = await renegotiate(offer(a, '97.64', 12), undefined, me.api);
    expect([afterwards.status, afterwards.body.code]).toEqual([422, 'PAYMENT.CONTRACT_SETTLED']);
    expect(await paymentsOf(a.contractId)).toBe(1);
    // Another customer (with a contract of their own) naming it, under either customer id: as an unknown contract.
    const stranger = await signedInCustomer(h.service.baseUrl);
    await h.activate(handActivation({ customerId: stranger.customerId }));
    for (const customerId of [stranger.customerId, a.customerId]) {
      const answer = await renegotiate(offer(a, '97.64', 12, { customerId }), undefined, stranger.api);
      expect([answer.status, answer.body.code]).toEqual([404, 'PAYMENT.CONTRACT_NOT_FOUND']);
    }

    // Loan's answer: the new contract activated (no money released, no payoff), the old one settled RENEGOTIATED with a premium refund.
    const accepted = { ...first.body, terms: { ...terms, acceptedAt: (await h.received(paymentId)).payload.settlement?.renegotiation?.acceptedAt } };
    const activation = await h.activate(renegotiationActivation(a, accepted));
    const opened = await h.view(newContractId);
    expect([opened.status, opened.installments.length, opened.installments[0]]).toMatchObject(['ACTIVE', 12, { number: 1, dueDate: '2026-06-19', amount: '97.64', status: 'PENDING' }]);
    const settled = { ...examplePayload('ContractSettled'), contractId: a.contractId, customerId: a.customerId, reason: 'RENEGOTIATED' as const, replacedByContractId: newContractId, settlementAmount: '1032.54', insurancePremiumRefund: '12.34', settledAt: '2026-05-20T18:00:00.000Z' };
    const sent = await h.send('ContractSettled', settled);
    await h.billing(a.contractId, (b) => b.creditBalance === '12.34');
    // The same settlement again (another delivery), then a marker on its partition: nothing more credited.
    await h.send('ContractSettled', settled, sent.partition);
    const marker = await h.activate(handActivation({ customerId: me.customerId }));
    await h.send('ContractSettled', { ...examplePayload('ContractSettled'), contractId: marker.contractId, customerId: marker.customerId }, sent.partition);
    await h.billing(marker.contractId, (b) => b.status === 'SETTLED');
    expect((await h.view(a.contractId)).creditBalance).toBe('12.34');
    await release.requested(marker.contractId);
    expect([release.requestsFor(activation.contractId), (await release.view(activation.contractId)).status]).toEqual([[], 404]);
    expect([(await h.view(a.contractId)).status, h.receivedFor(a.contractId).length, h.receivedFor(newContractId), h.deadLetters(() => true)]).toEqual(['SETTLED', 1, [], []]);
  });

  it('a stale offer, or a bad body: refused, nothing written', async () => {
    const a = await h.activate(handActivation());
    await h.setToday('2026-05-20');
    const before = await h.view(a.contractId);
    const stale = await renegotiate(offer(a, '97.65', 12));
    expect([stale.status, stale.body.code, stale.body.details]).toEqual([422, 'PAYMENT.RENEGOTIATION_TERMS_CHANGED', { installmentAmount: '97.64', termMonths: 12, debt: '1032.54', date: '2026-05-20' }]);
    expect(stale.body.detail).toBe('A proposta de renegociação mudou: em 2026-05-20 ela é de 12 parcelas de R$ 97.64. Consulte as ofertas novamente.');
    const bad = await renegotiate(offer(a, '97.64', 12, { graceDays: 30 }));
    expect([bad.status, bad.body.code, bad.body.errors?.[0]]).toEqual([400, 'REQUEST.INVALID_BODY', expect.objectContaining({ field: 'graceDays', message: 'graceDays só se aplica a GRACE, não a LONGER_TERM' })]);
    const malformed = await renegotiate(offer(a, '97.64', 12, { capacity: 'trezentos' }));
    expect([malformed.status, malformed.body.code, malformed.body.errors?.[0]?.field]).toEqual([400, 'REQUEST.INVALID_BODY', 'capacity']);
    const above = await renegotiate(offer(a, '97.64', 12, { option: 'LATE_CHARGES_DISCOUNT', lateChargesDiscount: '0.6' }));
    expect([above.status, above.body.code]).toEqual([422, 'PAYMENT.WORKOUT_DISCOUNT_ABOVE_LIMIT']);
    expect([await h.view(a.contractId), await paymentsOf(a.contractId), h.receivedFor(a.contractId)]).toEqual([before, 0, []]);
  });

  it('an installment payment and a renegotiation together: paid and the offer changed, or renegotiated and the installment refused — never both', async () => {
    const contracts = await Promise.all(Array.from({ length: 4 }, () => h.activate(handActivation())));
    await h.setToday('2026-06-20');
    await Promise.all(
      contracts.map(async (a) => {
        const [installment, workout] = await Promise.all([
          h.pay({ customerId: a.customerId, contractId: a.contractId, installments: [1], amount: '358.38', paymentDate: '2026-06-20' }),
          renegotiate(offer(a, '99.80', 12)),
        ]);
        const view = await h.view(a.contractId);
        if (installment.status === 201) {
          expect([workout.status, workout.body.code, workout.body.details]).toEqual([422, 'PAYMENT.RENEGOTIATION_TERMS_CHANGED', { installmentAmount: '95.15', termMonths: 8, debt: '697.05', date: '2026-06-20' }]);
          expect([view.status, view.installments.map((i: any) => i.status)]).toEqual(['ACTIVE', ['PAID', 'PENDING', 'PENDING']]);
          expect((await onlyEvent(a.contractId, installment.body.paymentId)).purpose).toBe('INSTALLMENT');
        } else {
          expect([workout.status, workout.body.debt, installment.status, installment.body.code]).toEqual([201, '1055.43', 422, 'PAYMENT.CONTRACT_SETTLED']);
          expect([view.status, view.installments.map((i: any) => i.status)]).toEqual(['SETTLED', ['SETTLED', 'SETTLED', 'SETTLED']]);
          expect((await onlyEvent(a.contractId, workout.body.paymentId)).source).toBe('RENEGOTIATION');
        }
        expect(await paymentsOf(a.contractId)).toBe(1);
      }),
    );
  });
});
