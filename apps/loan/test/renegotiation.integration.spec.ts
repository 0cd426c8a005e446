import { randomUUID } from 'node:crypto';
import { handWorkedApproval } from './fixtures/approvals';
import { installmentPayment } from './fixtures/payments';
import { renegotiationPayment, workoutTerms } from './fixtures/renegotiation';
import { startLoan, type LoanHarness } from './harness';
import { newCustomer } from './support';

/**
 * Workout of a late contract on the real stack (R-LN-8, docs/life-cycle.md): the offers route with
 * its figures and refusals, and the settling PaymentReceived RENEGOTIATED — the late contract
 * SETTLED and the RENEGOTIATION contract opened ACTIVE in one transaction, their events on Kafka,
 * applied once, and a disagreement dead-lettered with nothing written. The hand-worked loan
 * (1,000.00 at 2% a.m., 3 × 346.75 from 2026-05-10) with nothing paid, on 2026-05-20; figures
 * worked out apart in domain/workout-offers.spec.ts and fixtures/renegotiation.ts.
 */
describe('loan: workout of a late contract on the real stack', () => {
  let loan: LoanHarness;

  beforeAll(async () => {
    loan = await startLoan(['ContractActivated', 'ContractSettled', 'ContractPositionChanged']);
  });
  afterAll(async () => loan?.close());

  async function lateFor(customerId?: string): Promise<any> {
    const approved = await loan.publish('CreditApproved', handWorkedApproval(customerId ? { customerId } : {}));
    await loan.accept(approved.aggregateId);
    const activated = await loan.event('ContractActivated', (e) => e.payload.proposalId === approved.aggregateId);
    return loan.contract(activated.aggregateId);
  }
  const offers = (id: string, query: string, token?: string) => loan.get(`/v1/contracts/${id}/workout-offers${query}`, token);
  const rows = (installment: string, last: string, first: string) => [0, 1, 2, 3].map((k) => {
    const [y, m, d] = first.split('-').map(Number);
    const month = m + k;
    const dueDate = `${y + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { number: k + 1, dueDate, amount: k === 3 ? last : installment };
  });

  it('GET workout-offers answers the options for the customer\'s capacity, and refuses with its codes', async () => {
    const me = await newCustomer();
    const view = await lateFor(me.accountId);
    const reply = await offers(view.id, '?capacity=300.00&date=20/05/2026', me.accessToken);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      contractId: view.id, date: '2026-05-20', capacity: '300.00',
      consolidated: { overdueCount: 1, overdueAmount: '346.75', fine: '6.94', mora: '1.14', remainingPayoff: '677.71', total: '1032.54' },
      limits: { maxLateChargesDiscount: '0.5', maxGraceDays: 90, maxTermMonths: 30, parameterVersion: 'WORKOUT-50-90' },
      offers: [
        { option: 'GRACE', lateChargesDiscount: '0', graceDays: 90, maxTermMonths: 30, discount: '0.00', debt: '1032.54', termMonths: 4, installmentAmount: '287.77', firstDueDate: '2026-09-17', totalPaid: '1151.06', schedule: rows('287.77', '287.75', '2026-09-17') },
        { option: 'LONGER_TERM', lateChargesDiscount: '0', graceDays: 0, maxTermMonths: 30, discount: '0.00', debt: '1032.54', termMonths: 4, installmentAmount: '271.17', firstDueDate: '2026-06-19', totalPaid: '1084.68', schedule: rows('271.17', '271.17', '2026-06-19') },
      ],
      unavailable: [{ option: 'LATE_CHARGES_DISCOUNT', code: 'NO_FEASIBLE_TERM', message: 'Nenhum prazo de até 3 meses cabe na capacidade de pagamento informada.' }],
    });
    const discounted = await offers(view.id, '?capacity=400&date=2026-05-20&lateChargesDiscount=0.25&graceDays=60');
    expect(discounted.body.offers.map((o: any) => [o.option, o.discount, o.debt, o.termMonths, o.installmentAmount, o.firstDueDate])).toEqual([
      // R$ 400 fits 3 months each (Python decimal): R(1030.52 × 0.3467547) = 357.34; GRACE 60 (d1 = 90)
      // R(1032.54 × 1.02^3 × 0.02 / (1.02 × (1 − 1.02^−3))) = 372.50; R(1032.54 × 0.3467547) = 358.04.
      ['LATE_CHARGES_DISCOUNT', '2.02', '1030.52', 3, '357.34', '2026-06-19'],
      ['GRACE', '0.00', '1032.54', 3, '372.50', '2026-08-18'],
      ['LONGER_TERM', '0.00', '1032.54', 3, '358.04', '2026-06-19'],
    ]);
    const someoneElse = await newCustomer();
    expect([(await offers(view.id, '?capacity=300.00&date=2026-05-20', someoneElse.accessToken)).status, (await offers(randomUUID(), '?capacity=300.00')).body.code]).toEqual([404, 'CONTRACT.NOT_FOUND']);
    for (const [query, status, code] of [
      ['', 400, 'CONTRACT.INVALID_QUERY'], ['?capacity=abc', 400, 'CONTRACT.INVALID_QUERY'], ['?capacity=0.00', 400, 'CONTRACT.INVALID_QUERY'],
      ['?capacity=300.00&lateChargesDiscount=1.5', 400, 'CONTRACT.INVALID_QUERY'], ['?capacity=300.00&graceDays=sessenta', 400, 'CONTRACT.INVALID_QUERY'],
      ['?capacity=300.00&date=2026-13-01', 400, 'CONTRACT.INVALID_DATE'],
      ['?capacity=300.00&date=2026-05-01', 422, 'CONTRACT.NO_OVERDUE_INSTALLMENTS'], ['?capacity=10.00&date=2026-05-20', 422, 'CONTRACT.NO_FEASIBLE_WORKOUT'],
      ['?capacity=300.00&date=2026-05-20&lateChargesDiscount=0.6', 422, 'CONTRACT.WORKOUT_DISCOUNT_ABOVE_LIMIT'],
      ['?capacity=300.00&date=2026-05-20&graceDays=91', 422, 'CONTRACT.WORKOUT_GRACE_ABOVE_LIMIT'],
    ] as const) {
      const refused = await offers(view.id, query);
      expect([query, refused.status, refused.body.code]).toEqual([query, status, code]);
      expect(refused.body.detail).toEqual(expect.any(String));
    }
    expect((await offers(view.id, '?date=2026-05-20')).body).toMatchObject({
      detail: 'Informe capacity: a parcela que o cliente pode pagar por mês, em reais, maior que zero e com até duas casas decimais.', errors: [{ field: 'capacity', constraint: 'CONTRACT.INVALID_QUERY' }],
    });
    expect((await offers(view.id, '?capacity=10.00&date=2026-05-20')).body.detail).toBe('Nenhuma opção de renegociação cabe na capacidade de pagamento informada.');
  });

  it('PaymentReceived RENEGOTIATED settles the late contract and opens the RENEGOTIATION contract ACTIVE, once', async () => {
    const me = await newCustomer();
    const [view, other] = [await lateFor(me.accountId), await lateFor()];
    const newId = randomUUID();
    const payment = renegotiationPayment(view, workoutTerms(), '1032.54', '2026-05-20', newId);
    loan.clock.current = new Date('2026-05-20T18:00:00.000Z');
    const published = await loan.publish('PaymentReceived', payment);
    const settled = await loan.event('ContractSettled', (e) => e.aggregateId === view.id);
    expect(settled.metadata.causationId).toBe(published.eventId);
    expect(settled.payload).toEqual({
      contractId: view.id, customerId: view.customerId, reason: 'RENEGOTIATED', settlementAmount: '1032.54', remainingUndiscounted: '1040.27',
      replacedByContractId: newId, paymentId: payment.paymentId, lastPaymentDate: '2026-05-20', settledAt: '2026-05-20T18:00:00.000Z',
    });
    const activated = await loan.event('ContractActivated', (e) => e.aggregateId === newId);
    expect(activated.metadata.causationId).toBe(published.eventId);
    expect(activated.payload).toMatchObject({
      contractId: newId, proposalId: view.proposalId, customerId: view.customerId, operationType: 'RENEGOTIATION', channel: 'INTERNAL',
      releasedAmount: '1032.54', financedAmount: '1032.54', iof: '0.00', insurance: '0.00', termMonths: 4, installmentAmount: '271.17', totalPayable: '1084.68',
      cetMonthlyPercent: '2.01', cetAnnualPercent: '26.95', contractDate: '2026-05-20', firstDueDate: '2026-06-19', activatedAt: '2026-05-20T18:00:00.000Z',
      renegotiation: { renegotiatedContractId: view.id, paymentId: payment.paymentId, effectiveDate: '2026-05-20', terms: payment.settlement?.renegotiation },
      schedule: rows('271.17', '271.17', '2026-06-19'),
    });
    await loan.waitFor(async () => loan.events('ContractPositionChanged', (e) => e.aggregateId === newId).length === 1, 'the new position');
    expect(loan.events('ContractPositionChanged', (e) => e.aggregateId === view.id).map((e) => [e.payload.revision, e.payload.status])).toEqual([[1, 'ACTIVE'], [2, 'SETTLED']]);

    const [old, opened] = [await loan.contract(view.id), await loan.contract(newId, '?date=2026-05-20', me.accessToken)];
    expect(old).toMatchObject({ status: 'SETTLED', replacedByContractId: newId, settlement: { reason: 'RENEGOTIATED', amount: '1032.54', replacedByContractId: newId, paymentId: payment.paymentId } });
    expect(opened).toMatchObject({
      status: 'ACTIVE', operationType: 'RENEGOTIATION', proposalId: view.proposalId, updatedBalance: '1032.54', revision: 1, formalization: null,
      renegotiation: { renegotiatedContractId: view.id, paymentId: payment.paymentId, option: 'LONGER_TERM', discount: '0.00', consolidatedDebt: '1032.54', effectiveDate: '2026-05-20', channel: 'INTERNAL' },
    });
    expect((await offers(view.id, '?capacity=300.00&date=2026-05-20')).body.code).toBe('CONTRACT.SETTLED');
    const mine = await loan.get(`/v1/customers/${me.accountId}/contracts/${newId}`, me.accessToken);
    expect(mine.body).toMatchObject({ operationType: 'RENEGOTIATION', renegotiation: { renegotiatedContractId: view.id, option: 'LONGER_TERM' } });

    // The same paymentId again (a new event) changes nothing; a later payment on the partition proves it was consumed.
    const again = await loan.publish('PaymentReceived', payment, { partition: published.partition });
    const marker = await loan.publish('PaymentReceived', installmentPayment(other, [{ number: 1 }], '2026-05-10'), { partition: published.partition });
    await loan.waitFor(async () => (await loan.contract(other.id)).installments[0].status === 'PAID', `marker ${marker.eventId}`);
    expect(loan.deadLetters(again.eventId)).toEqual([]);
    expect([loan.events('ContractActivated', (e) => e.aggregateId === newId).length, loan.events('ContractSettled', (e) => e.aggregateId === view.id).length]).toEqual([1, 1]);
    expect(Number((await loan.sql('SELECT count(*) AS n FROM contract WHERE proposal_id = $1', [view.proposalId]))[0].n)).toBe(2);
  });

  it('dead-letters a renegotiation whose terms disagree by a cent, writing nothing', async () => {
    const view = await lateFor();
    const newId = randomUUID();
    const wrong = renegotiationPayment(view, workoutTerms({ installmentAmount: '271.18' }), '1032.54', '2026-05-20', newId);
    const published = await loan.publish('PaymentReceived', wrong);
    const dead = await loan.deadLetter(published.eventId);
    expect(dead).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'CONTRACT.RENEGOTIATION_MISMATCH' } });
    expect(dead.error.message).toBe('Renegociação informada difere da calculada pelo contrato em 2026-05-20 em installmentAmount: informado 271.18, calculado 271.17.');
    expect(await loan.sql('SELECT payment_id FROM contract_payment WHERE payment_id = $1', [wrong.paymentId])).toEqual([]);
    expect(await loan.sql('SELECT id FROM contract WHERE id = $1', [newId])).toEqual([]);
    expect(await loan.contract(view.id)).toMatchObject({ status: 'ACTIVE', revision: 1, settlement: null });
    expect(loan.events('ContractSettled', (e) => e.aggregateId === view.id)).toEqual([]);
  });
});
