import { d, handBilling, ids, legacyBilling, m, PAID_AT } from '../../../../test/fixtures/billings';
import type { Billing } from './billing';

type Mode = 'REDUCE_TERM' | 'REDUCE_INSTALLMENT';
const request = (amount: string, paymentDate: string, mode: Mode, refinancingPending = false) => ({ amount: m(amount), paymentDate: d(paymentDate), today: d('2026-12-31'), refinancingPending, mode });
const rowsOf = (b: Billing) => b.snapshot.installments.map((i) => [i.number, i.dueDate.toString(), i.amount.toString(), i.status, `${i.split?.interest} ${i.split?.amortization} ${i.split?.balance}`]);

/**
 * Extraordinary amortization of HAND with #1 paid (balance 673.25 after due date 1, 2026-05-10).
 * d′ = days from the date to due date 2 (2026-06-10); f(d′) = 1.02^(d′/30) − 1.
 */
describe('extraordinary amortization (R-LN-5): the unpaid rows replaced by the new plan at once', () => {
  it('REDUCE_INSTALLMENT on due date 1: 273.25 → B′ = 673.25 − 273.25 = 400.00 over the 2 rows left', () => {
    // PMT = R(400 × 1.02^(31/30 − 1) × 0.02 / (1 − 1.02^−2)) = R(400 × 1.000660 × 0.515050) = R(206.1558) = 206.16;
    // #2: interest R(400 × f(31) = 400 × 0.0206735) = 8.27, amortization 197.89, balance 202.11;
    // #3: interest R(202.11 × 0.02) = 4.04, pays 202.11 + 4.04 = 206.15.
    const billing = handBilling([1, '2026-05-10']);
    const payment = billing.amortizeExtra(ids('p-am'), request('273.25', '2026-05-10', 'REDUCE_INSTALLMENT'));
    expect(rowsOf(billing)).toEqual([
      [1, '2026-05-10', '346.75', 'PAID', '20.00 326.75 673.25'],
      [2, '2026-06-10', '206.16', 'PENDING', '8.27 197.89 202.11'],
      [3, '2026-07-10', '206.15', 'PENDING', '4.04 202.11 0.00'],
    ]);
    const plan = billing.snapshot.plan;
    expect([plan?.start.date.toString(), plan?.start.balance.toString(), plan?.start.afterInstallment, plan?.installment.toString(), plan?.paymentId]).toEqual(['2026-05-10', '400.00', 1, '206.16', 'p-am']);
    const a = payment.amortization;
    expect([a?.interestSettled.toString(), a?.balance.toString(), a?.previousInstallment.toString(), a?.installment.toString(), a?.remainingInstallments]).toEqual(['0.00', '400.00', '346.75', '206.16', 2]);
    expect([payment.purpose, payment.unallocated.toString(), payment.overpayment.toString(), billing.snapshot.status]).toEqual(['EXTRA_AMORTIZATION', '273.25', '0.00', 'ACTIVE']);
  });

  it('REDUCE_TERM on due date 1: 400.00 → B′ = 273.25; #2 owes 273.25 + R(273.25 × 0.0206735) = 273.25 + 5.65 = 278.90 ≤ 346.75 and closes; #3 is dropped', () => {
    const billing = handBilling([1, '2026-05-10']);
    const payment = billing.amortizeExtra(ids('p-term'), request('400.00', '2026-05-10', 'REDUCE_TERM'));
    expect(rowsOf(billing)).toEqual([
      [1, '2026-05-10', '346.75', 'PAID', '20.00 326.75 673.25'],
      [2, '2026-06-10', '278.90', 'PENDING', '5.65 273.25 0.00'],
    ]);
    expect([billing.snapshot.plan?.installment.toString(), payment.amortization?.remainingInstallments, payment.amortization?.rows.map((r) => r.number)]).toEqual(['346.75', 1, [2]]);
  });

  it('between due dates the amount pays the interest first: on 05-25 the payoff is 679.95 (interest 6.70), 279.95 leaves B′ = 400.00', () => {
    // d′ = 16: PMT = R(400 × 1.02^(16/30 − 1) × 0.515050) = R(204.1247) = 204.12; #2 interest R(400 × f(16) = 400 × 0.0106174) = 4.25,
    // balance 400 − 199.87 = 200.13; #3 interest R(200.13 × 0.02) = 4.00, pays 204.13.
    const billing = handBilling([1, '2026-05-10']);
    const payment = billing.amortizeExtra(ids('p'), request('279.95', '2026-05-25', 'REDUCE_INSTALLMENT'));
    expect(rowsOf(billing).slice(1)).toEqual([
      [2, '2026-06-10', '204.12', 'PENDING', '4.25 199.87 200.13'],
      [3, '2026-07-10', '204.13', 'PENDING', '4.00 200.13 0.00'],
    ]);
    expect(payment.amortization?.interestSettled.toString()).toBe('6.70');
  });

  it('raises PaymentReceived with the mode, no allocations and the whole amount unallocated', () => {
    const billing = handBilling([1, '2026-05-10']);
    billing.amortizeExtra(ids('9d1c6a4e-0000-4000-8000-000000000002'), request('273.25', '2026-05-10', 'REDUCE_INSTALLMENT'));
    const { contractId, customerId } = billing.snapshot;
    expect(billing.pullEvents().map((e) => e.payload)).toEqual([
      {
        paymentId: '9d1c6a4e-0000-4000-8000-000000000002', contractId, customerId, source: 'MANUAL', purpose: 'EXTRA_AMORTIZATION', amortizationMode: 'REDUCE_INSTALLMENT',
        amount: '273.25', allocations: [], unallocated: '273.25', overpayment: '0.00', paymentDate: '2026-05-10', paidAt: PAID_AT.toISOString(),
      },
    ]);
  });

  it('then the new installment is what a payment of #2 owes: 206.16 on its due date', () => {
    const billing = handBilling([1, '2026-05-10']);
    billing.amortizeExtra(ids('p'), request('273.25', '2026-05-10', 'REDUCE_INSTALLMENT'));
    const quote = billing.quotePayment({ installments: [2], amount: m('206.16'), paymentDate: d('2026-06-10'), today: d('2026-06-10') });
    expect([quote.required.toString(), quote.overpayment.toString()]).toEqual(['206.16', '0.00']);
  });

  it.each<[string, () => Billing, ReturnType<typeof request>, string, object | null]>([
    // The payoff on 05-10 with #1 paid is 673.25: the amount would settle.
    ['an amount that settles the contract', () => handBilling([1, '2026-05-10']), request('673.25', '2026-05-10', 'REDUCE_TERM'), 'PAYMENT.EXTRA_AMOUNT_SETTLES_CONTRACT', { settlementAmount: '673.25' }],
    // The interest to 05-25 is R(673.25 × (1.02^(15/30) − 1)) = 6.70: the amount must exceed it.
    ['an amount that does not cover the interest', () => handBilling([1, '2026-05-10']), request('6.70', '2026-05-25', 'REDUCE_TERM'), 'PAYMENT.EXTRA_AMOUNT_TOO_SMALL', { interest: '6.70' }],
    ['overdue rows', () => handBilling(), request('100.00', '2026-05-20', 'REDUCE_TERM'), 'PAYMENT.OVERDUE_INSTALLMENTS', null],
    ['rows paid ahead', () => handBilling([2, '2026-04-15']), request('100.00', '2026-04-20', 'REDUCE_TERM'), 'PAYMENT.INSTALLMENTS_PAID_AHEAD', null],
    ['#1 paid ahead, not yet due on the date', () => handBilling([1, '2026-05-05']), request('100.00', '2026-05-06', 'REDUCE_TERM'), 'PAYMENT.INSTALLMENTS_PAID_AHEAD', null],
    ['a date before a payment already recorded', () => handBilling([1, '2026-05-10']), request('100.00', '2026-05-09', 'REDUCE_TERM'), 'PAYMENT.DATE_BEFORE_LAST_PAYMENT', null],
    ['a billing without a position', () => legacyBilling(), request('100.00', '2026-05-06', 'REDUCE_TERM'), 'BILLING.POSITION_UNKNOWN', null],
    ['a pending refinancing', () => handBilling(), request('100.00', '2026-05-06', 'REDUCE_TERM', true), 'PAYMENT.REFINANCING_IN_PROGRESS', null],
  ])('refuses %s, changing nothing', (_, make, r, code, details) => {
    const billing = make();
    const before = JSON.stringify(billing.snapshot);
    expect(() => billing.amortizeExtra(ids('p'), r)).toThrow(expect.objectContaining({ code, ...(details ? { details, exposeDetails: true } : {}) }));
    expect([JSON.stringify(billing.snapshot), billing.pullEvents()]).toEqual([before, []]);
  });
});
