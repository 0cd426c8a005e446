import { randomUUID } from 'node:crypto';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, positionFromTerms, settlementAmount, unwrap } from '@consignado/finance';
import { handWorkedApproval } from './fixtures/approvals';
import { amortizationPayment, installmentPayment, settlementPayment } from './fixtures/payments';
import { startLoan, type LoanHarness } from './harness';
import { newCustomer } from './support';

/**
 * Early settlement and extra amortization on the real stack (R-LN-4, R-LN-5): PaymentReceived
 * applied once, checked against the contract's own numbers (a disagreement dead-lettered with
 * nothing written), ContractSettled / ContractAmended and ContractPositionChanged published.
 * The hand-worked loan: 1,000.00 at 2% a.m., 3 × 346.75 from 2026-05-10 (fixtures/approvals.ts).
 */
describe('loan: settlement and amortization on the real stack', () => {
  let loan: LoanHarness;

  beforeAll(async () => {
    loan = await startLoan(['ContractActivated', 'ContractSettled', 'ContractAmended', 'ContractPositionChanged']);
  });
  afterAll(async () => loan?.close());

  /** A hand-worked loan of `customerId` (a new one when undefined) in force, with `paid` paid on their due dates. */
  async function activeFor(customerId: string | undefined, ...paid: number[]): Promise<any> {
    const approved = await loan.publish('CreditApproved', handWorkedApproval(customerId ? { customerId } : {}));
    await loan.accept(approved.aggregateId);
    const activated = await loan.event('ContractActivated', (e) => e.payload.proposalId === approved.aggregateId);
    const view = await loan.contract(activated.aggregateId);
    for (const number of paid) {
      await loan.publish('PaymentReceived', installmentPayment(view, [{ number }], view.installments[number - 1].dueDate));
      await loan.waitFor(async () => (await loan.contract(view.id)).installments[number - 1].status === 'PAID', `#${number} paid`);
    }
    return loan.contract(view.id);
  }
  const active = (...paid: number[]) => activeFor(undefined, ...paid);
  const payments = async (paymentId: string) => Number((await loan.sql('SELECT count(*) AS n FROM contract_payment WHERE payment_id = $1', [paymentId]))[0].n);
  const positions = (contractId: string) => loan.events('ContractPositionChanged', (e) => e.aggregateId === contractId).map((e) => [e.payload.revision, e.payload.status]);

  /** Finance's settlement amount from the approved terms alone (the schedule rebuilt independently of loan's rows). */
  function financeSettlement(view: any, paid: number[], date: string): string {
    const dates = unwrap(LoanDates.create(IsoDate.of(view.contractDate), IsoDate.of(view.firstDueDate)));
    const terms = { principal: Money.of(view.financedAmount), rate: MonthlyRate.of(view.monthlyRate), term: LoanTerm.of(view.termMonths), dates };
    return unwrap(settlementAmount(positionFromTerms(terms, paid), IsoDate.of(date))).amount.toString();
  }

  it('settles early at the amount quoted to the customer and publishes ContractSettled and the position, revisions increasing', async () => {
    const me = await newCustomer();
    const view = await activeFor(me.accountId, 1);
    const quote = await loan.get(`/v1/contracts/${view.id}/payoff?date=2026-05-25`, me.accessToken);
    expect([quote.status, quote.body.kind, quote.body.amount]).toEqual([200, 'PAYOFF', financeSettlement(view, [1], '2026-05-25')]);
    expect(quote.body.amount).toBe('679.95'); // 673.25 + R(673.25 × (1.02^(15/30) − 1)) = 673.25 + 6.70
    loan.clock.current = new Date('2026-05-25T18:00:00.000Z');
    const payment = settlementPayment(view, '679.95', '2026-05-25', { overpayment: '0.05' });
    const published = await loan.publish('PaymentReceived', payment);
    const settled = await loan.event('ContractSettled', (e) => e.aggregateId === view.id);
    expect(settled.metadata.causationId).toBe(published.eventId);
    expect(settled.payload).toEqual({
      contractId: view.id, customerId: view.customerId, reason: 'EARLY_SETTLEMENT', settlementAmount: '679.95', remainingUndiscounted: '693.52',
      paymentId: payment.paymentId, lastPaymentDate: '2026-05-25', settledAt: '2026-05-25T18:00:00.000Z',
    });
    const after = await loan.contract(view.id, '?date=2026-05-25', me.accessToken);
    expect(after).toMatchObject({
      status: 'SETTLED', updatedBalance: '0.00', remainingInstallments: 0, revision: 3,
      settlement: { reason: 'EARLY_SETTLEMENT', date: '2026-05-25', paymentId: payment.paymentId, amount: '679.95', remainingUndiscounted: '693.52', replacedByContractId: null, portabilityNumber: null },
    });
    expect(after.installments.map((i: any) => i.status)).toEqual(['PAID', 'SETTLED', 'SETTLED']);
    await loan.waitFor(async () => positions(view.id).length === 3, 'three positions');
    expect(positions(view.id)).toEqual([[1, 'ACTIVE'], [2, 'ACTIVE'], [3, 'SETTLED']]);
    expect((await loan.get(`/v1/contracts/${view.id}/payoff?date=2026-05-25`)).body.code).toBe('CONTRACT.SETTLED');
  });

  it('quotes and settles a late contract at its consolidated debt', async () => {
    const view = await active();
    const quote = await loan.get(`/v1/contracts/${view.id}/payoff?date=20/05/2026`);
    // #1 (346.75) 10 days late: fine 6.94, mora 1.14; the rest from due date 1: 673.25 + 4.46.
    expect(quote.body).toEqual({
      contractId: view.id, date: '2026-05-20', kind: 'CONSOLIDATED_DEBT', amount: '1032.54', paidInstallments: 0, balance: '673.25', interest: '4.46',
      prepaidDiscount: '0.00', payoff: '677.71', remainingUndiscounted: '1040.27', overdueAmount: '346.75', fine: '6.94', mora: '1.14', total: '1032.54',
      overdue: [{ number: 1, dueDate: '2026-05-10', installment: '346.75', daysLate: 10, fine: '6.94', mora: '1.14', total: '354.83' }],
    });
    expect(quote.body.amount).toBe(financeSettlement(view, [], '2026-05-20'));
    await loan.publish('PaymentReceived', settlementPayment(view, '1032.54', '2026-05-20'));
    expect((await loan.event('ContractSettled', (e) => e.aggregateId === view.id)).payload).toMatchObject({ settlementAmount: '1032.54', remainingUndiscounted: '1040.27' });
  });

  it('dead-letters a settlement whose amount disagrees, writing nothing', async () => {
    const view = await active(1);
    const wrong = settlementPayment(view, '679.94', '2026-05-25');
    const published = await loan.publish('PaymentReceived', wrong);
    const dead = await loan.deadLetter(published.eventId);
    expect(dead).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'CONTRACT.SETTLEMENT_AMOUNT_MISMATCH' } });
    expect(dead.error.message).toBe('Valor da quitação (679.94) difere do calculado pelo contrato em 2026-05-25 (679.95, saldo para quitação).');
    expect(await payments(wrong.paymentId)).toBe(0);
    expect(await loan.contract(view.id)).toMatchObject({ status: 'ACTIVE', revision: 2, settlement: null });
    expect(loan.events('ContractSettled', (e) => e.aggregateId === view.id)).toEqual([]);
  });

  it('applies a repeated payment once', async () => {
    const [view, other] = [await active(1), await active()];
    const payment = settlementPayment(view, '679.95', '2026-05-25');
    const first = await loan.publish('PaymentReceived', payment);
    const again = await loan.publish('PaymentReceived', payment, { partition: first.partition }); // new eventId, same paymentId
    // A later payment on the same partition proves the repeat was consumed.
    const marker = await loan.publish('PaymentReceived', { ...installmentPayment(other, [{ number: 1 }], '2026-05-10'), contractId: other.id }, { partition: first.partition });
    await loan.waitFor(async () => (await loan.contract(other.id)).installments[0].status === 'PAID', `marker ${marker.eventId}`);
    expect(loan.events('ContractSettled', (e) => e.aggregateId === view.id)).toHaveLength(1);
    expect(loan.deadLetters(again.eventId)).toEqual([]);
    expect([await payments(payment.paymentId), (await loan.contract(view.id)).revision]).toEqual([1, 3]);
  });

  it('REDUCE_INSTALLMENT amends the plan, then values and takes installments on it', async () => {
    const view = await active(1);
    const payment = amortizationPayment(view, '273.25', '2026-05-10', 'REDUCE_INSTALLMENT');
    await loan.publish('PaymentReceived', payment);
    const amended = await loan.event('ContractAmended', (e) => e.aggregateId === view.id);
    expect(amended.payload).toMatchObject({
      paymentId: payment.paymentId, mode: 'REDUCE_INSTALLMENT', amount: '273.25', interestSettled: '0.00', balance: '400.00',
      previousInstallmentAmount: '346.75', installmentAmount: '206.16', remainingInstallments: 2, termMonths: 3,
    });
    expect(amended.payload.schedule.map((r: any) => [r.number, r.amount, r.balance])).toEqual([[2, '206.16', '202.11'], [3, '206.15', '0.00']]);
    const position = await loan.event('ContractPositionChanged', (e) => e.aggregateId === view.id && e.payload.revision === 3);
    expect(position.payload).toMatchObject({ installmentAmount: '206.16', termMonths: 3, planStart: { date: '2026-05-10', balance: '400.00', afterInstallment: 1 } });
    const after = await loan.contract(view.id, '?date=2026-05-25');
    expect(after).toMatchObject({ plan: { startDate: '2026-05-10', startBalance: '400.00', afterInstallment: 1, installmentAmount: '206.16', termMonths: 3 }, updatedBalance: '403.98' });
    expect((await loan.get(`/v1/contracts/${view.id}/payoff?date=2026-05-25`)).body).toMatchObject({ kind: 'PAYOFF', amount: '403.98', remainingUndiscounted: '412.31' });
    // #2 of the new plan, 10 days late: fine R(206.16 × 2%) = 4.12, mora R(206.16 × 0.033% × 10) = 0.68.
    await loan.publish('PaymentReceived', installmentPayment(after, [{ number: 2, fine: '4.12', mora: '0.68' }], '2026-06-20'));
    const paid = await loan.waitFor(async () => {
      const c = await loan.contract(view.id);
      return c.installments[1].status === 'PAID' && c;
    }, '#2 of the new plan paid');
    expect(paid.installments[1]).toMatchObject({ installment: '206.16', paidAmount: '206.16', fine: '4.12', mora: '0.68' });
  });

  it('REDUCE_TERM keeps the installment and drops the rows past the new last one', async () => {
    const view = await active(1);
    await loan.publish('PaymentReceived', amortizationPayment(view, '373.25', '2026-05-10', 'REDUCE_TERM'));
    const amended = await loan.event('ContractAmended', (e) => e.aggregateId === view.id);
    expect(amended.payload).toMatchObject({ installmentAmount: '346.75', remainingInstallments: 1, termMonths: 2, balance: '300.00' });
    const after = await loan.contract(view.id);
    expect(after.installments.map((i: any) => [i.number, i.installment, i.status])).toEqual([[1, '346.75', 'PAID'], [2, '306.20', 'PENDING']]);
    expect(after).toMatchObject({ remainingInstallments: 1, outstandingPrincipal: '300.00', plan: { termMonths: 2 } });
    expect(Number((await loan.sql('SELECT count(*) AS n FROM contract_installment WHERE contract_id = $1', [view.id]))[0].n)).toBe(2);
  });

  it('dead-letters an amortization finance refuses, writing nothing', async () => {
    const view = await active(1);
    const published = await loan.publish('PaymentReceived', amortizationPayment(view, '673.25', '2026-05-10', 'REDUCE_TERM', { paymentId: randomUUID() }));
    expect(await loan.deadLetter(published.eventId)).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'CONTRACT.EXTRA_AMOUNT_SETTLES_CONTRACT' } });
    expect(await loan.contract(view.id)).toMatchObject({ revision: 2, plan: { afterInstallment: 0, installmentAmount: '346.75' } });
  });
});
