import { d, handBilling, ids, legacyBilling, m, PAID_AT } from '../../../../test/fixtures/billings';
import { Billing } from './billing';

const request = (amount: string, paymentDate: string, over: Partial<{ today: string; refinancingPending: boolean }> = {}) => ({
  amount: m(amount),
  paymentDate: d(paymentDate),
  today: d(over.today ?? '2026-12-31'),
  refinancingPending: over.refinancingPending ?? false,
});

/**
 * Early settlement of HAND (R$ 1,000 at 2%, 3 × 346.75/346.75/346.77, rows in test/fixtures):
 * the amount must be finance's settlement amount on the date, worked out here by hand.
 */
describe('early settlement (R-LN-4): exactly the settlement amount on the date', () => {
  it.each<[string, Array<[number, string]>, string, string, string, string]>([
    // Contract date, nothing accrued yet: 1000.00 + 0.00.
    ['on the contract date', [], '2026-04-10', 'PAYOFF', '1000.00', '1040.27'],
    // 30 days from the contract date: 1000.00 + R(1000 × 0.02) = 1020.00.
    ['on due date 1, nothing paid', [], '2026-05-10', 'PAYOFF', '1020.00', '1040.27'],
    // #1 paid: 673.25 + R(673.25 × (1.02^(15/30) − 1)) = 673.25 + R(6.6992) = 679.95.
    ['15 days after due date 1, #1 paid', [[1, '2026-05-10']], '2026-05-25', 'PAYOFF', '679.95', '693.52'],
    // #1 paid: 673.25 + R(673.25 × 0.02) = 673.25 + 13.47 = 686.72 (30 days).
    ['30 days after due date 1, #1 paid', [[1, '2026-05-10']], '2026-06-09', 'PAYOFF', '686.72', '693.52'],
    // #1 10 days late: 346.75 + fine R(6.935) = 6.94 + mora R(346.75 × 0.0033) = 1.14 → 354.83;
    // the rest from due date 1: 673.25 + R(673.25 × (1.02^(10/30) − 1)) = 673.25 + 4.46 = 677.71; 354.83 + 677.71 = 1032.54.
    ['a late contract, at its consolidated debt', [], '2026-05-20', 'CONSOLIDATED_DEBT', '1032.54', '1040.27'],
    // #1 paid ahead on 05-05, settled 05-06: from the start, 1000.00 + R(1000 × (1.02^(26/30) − 1) = 17.3104) 17.31
    // − #1 at its present value R(346.75 / 1.02^(4/30) = 345.8357) 345.84 = 671.47.
    ['before due date 1, #1 paid ahead', [[1, '2026-05-05']], '2026-05-06', 'PAYOFF', '671.47', '693.52'],
  ])('%s', (_, paid, date, kind, amount, undiscounted) => {
    const billing = handBilling(...paid);
    const payment = billing.settleEarly(ids('p-settle'), request(amount, date));
    const unpaid = [1, 2, 3].filter((n) => !paid.some(([p]) => p === n));
    expect([payment.settled?.kind, payment.settled?.amount.toString(), payment.settled?.remainingUndiscounted.toString(), payment.settled?.installments]).toEqual([kind, amount, undiscounted, unpaid]);
    expect([payment.unallocated.toString(), payment.overpayment.toString(), payment.allocations]).toEqual([amount, '0.00', []]);
    expect(billing.snapshot).toMatchObject({ status: 'SETTLED', closedAt: PAID_AT, settledByPaymentId: 'p-settle' });
    expect(billing.snapshot.installments.map((i) => i.status)).toEqual([1, 2, 3].map((n) => (unpaid.includes(n) ? 'SETTLED' : 'PAID')));
  });

  it('raises PaymentReceived: MANUAL, EARLY_SETTLEMENT, no allocations, the whole amount unallocated, settlement {EARLY_SETTLEMENT}', () => {
    const billing = handBilling([1, '2026-05-10']);
    billing.settleEarly(ids('9d1c6a4e-0000-4000-8000-000000000001'), request('679.95', '2026-05-25'));
    const { contractId, customerId } = billing.snapshot;
    expect(billing.pullEvents()).toEqual([
      {
        type: 'PaymentReceived',
        payload: {
          paymentId: '9d1c6a4e-0000-4000-8000-000000000001', contractId, customerId, source: 'MANUAL', purpose: 'EARLY_SETTLEMENT',
          settlement: { reason: 'EARLY_SETTLEMENT' }, amount: '679.95', allocations: [], unallocated: '679.95', overpayment: '0.00',
          paymentDate: '2026-05-25', paidAt: PAID_AT.toISOString(),
        },
      },
    ]);
  });

  it.each<[string, () => Billing, string, string, object]>([
    ['a cent short: the quote no longer holds', () => handBilling([1, '2026-05-10']), '679.94', '2026-05-25', { settlementAmount: '679.95', kind: 'PAYOFF', amount: '679.94', paymentDate: '2026-05-25' }],
    // Quoted on 06-10 with #1 paid: 673.25 + R(673.25 × (1.02^(31/30) − 1)) = 673.25 + 13.92 = 687.17. With #2 paid since, it is B_2 = 339.97.
    ['an installment paid since the quote', () => handBilling([1, '2026-05-10'], [2, '2026-05-20']), '687.17', '2026-06-10', { settlementAmount: '339.97', kind: 'PAYOFF', amount: '687.17' }],
    ['a late contract quoted as a payoff', () => handBilling(), '1020.00', '2026-05-20', { settlementAmount: '1032.54', kind: 'CONSOLIDATED_DEBT' }],
  ])('refuses %s with PAYMENT.SETTLEMENT_AMOUNT_MISMATCH, changing nothing', (_, make, amount, date, details) => {
    const billing = make();
    const before = JSON.stringify(billing.snapshot);
    expect(() => billing.settleEarly(ids('p'), request(amount, date))).toThrow(
      expect.objectContaining({ code: 'PAYMENT.SETTLEMENT_AMOUNT_MISMATCH', exposeDetails: true, details: expect.objectContaining(details) }),
    );
    expect([JSON.stringify(billing.snapshot), billing.pullEvents()]).toEqual([before, []]);
  });

  it('checks in order: status, a known position, no refinancing pending, dates, the date against the last payment, the amount', () => {
    const cancelled = handBilling();
    cancelled.close({ status: 'CANCELLED', at: PAID_AT });
    const cases: Array<[Billing, ReturnType<typeof request>, string]> = [
      [cancelled, request('1.00', '2030-01-01', { refinancingPending: true }), 'PAYMENT.CONTRACT_NOT_ACTIVE'],
      [handBilling([1, '2026-05-10'], [2, '2026-06-10'], [3, '2026-07-10']), request('1.00', '2026-07-10'), 'PAYMENT.CONTRACT_SETTLED'],
      [legacyBilling(), request('1.00', '2030-01-01', { refinancingPending: true }), 'BILLING.POSITION_UNKNOWN'],
      [handBilling(), request('1.00', '2030-01-01', { refinancingPending: true }), 'PAYMENT.REFINANCING_IN_PROGRESS'],
      [handBilling(), request('1020.00', '2026-05-11', { today: '2026-05-10' }), 'PAYMENT.DATE_IN_FUTURE'],
      [handBilling(), request('1000.00', '2026-04-09'), 'PAYMENT.DATE_BEFORE_ACTIVATION'],
      // #1 paid on 05-05: a settlement cannot be dated before a payment already recorded.
      [handBilling([1, '2026-05-05']), request('671.47', '2026-05-04'), 'PAYMENT.DATE_BEFORE_LAST_PAYMENT'],
    ];
    for (const [billing, r, code] of cases) expect(() => billing.settleEarly(ids('p'), r)).toThrow(expect.objectContaining({ code }));
  });

  it('the refinancing hold refuses with a pt-BR message', () => {
    expect(() => handBilling().settleEarly(ids('p'), request('1020.00', '2026-05-10', { refinancingPending: true }))).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^Há um refinanciamento deste contrato em andamento/) }),
    );
  });
});
