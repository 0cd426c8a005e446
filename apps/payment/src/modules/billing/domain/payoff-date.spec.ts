import { d, handBilling, ids, m } from '../../../../test/fixtures/billings';
import { payoffValuationDate } from './payoff-date';

const CLAIM = { source: 'INSURANCE' as const, settlement: { reason: 'INSURANCE_CLAIM' as const, claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e' } };

/**
 * Loan values a settlement no earlier than the last payment (lastPaymentAfter), so payment dates
 * the insurer's payoff the same way or the two would disagree. HAND (1000.00 at 2%, due 05-10,
 * 06-10, 07-10) whose insured died on 2026-05-05, INSS still deducting #1 on 05-10: on 05-10 the
 * balance after #1 is 673.25 (1000 × 1.02 − 346.75), so the insurer's 1016.64 (the debt on 05-05)
 * settles it and 1016.64 − 673.25 = 343.39 is the estate's.
 */
describe('payoffValuationDate', () => {
  it('is the payoff\'s own date when nothing was paid after it', () => {
    expect(payoffValuationDate(handBilling().snapshot, d('2026-05-05')).toString()).toBe('2026-05-05');
    expect(payoffValuationDate(handBilling([1, '2026-05-10']).snapshot, d('2026-05-20')).toString()).toBe('2026-05-20');
    // #1 paid early (05-03), before the death: the claim's own date, the row counted as paid ahead.
    expect(payoffValuationDate(handBilling([1, '2026-05-03']).snapshot, d('2026-05-05')).toString()).toBe('2026-05-05');
  });

  it('moves to the last payment made after it', () => {
    expect(payoffValuationDate(handBilling([1, '2026-05-10']).snapshot, d('2026-05-05')).toString()).toBe('2026-05-10');
    expect(payoffValuationDate(handBilling([1, '2026-05-10'], [2, '2026-06-12']).snapshot, d('2026-05-05')).toString()).toBe('2026-06-12');
  });

  it('lets the insurer settle a contract INSS kept deducting after the death: the balance after #1, the rest the estate\'s credit', () => {
    const billing = handBilling([1, '2026-05-10']);
    const date = payoffValuationDate(billing.snapshot, d('2026-05-05'));
    const payment = billing.payOff(ids('p-claim'), { ...CLAIM, amount: m('1016.64'), date });
    expect([payment.unallocated.toString(), payment.overpayment.toString(), payment.paymentDate.toString()]).toEqual(['673.25', '343.39', '2026-05-10']);
    expect([billing.snapshot.status, billing.snapshot.creditBalance.toString()]).toEqual(['SETTLED', '343.39']);
  });
});
