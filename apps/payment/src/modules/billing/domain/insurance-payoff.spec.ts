import { d, handBilling, ids, m, PAID_AT } from '../../../../test/fixtures/billings';
import type { Billing } from './billing';

const CLAIM = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const DAY = '2026-05-05';
const claim = (amount: string, date = DAY) => ({ amount: m(amount), date: d(date), source: 'INSURANCE' as const, settlement: { reason: 'INSURANCE_CLAIM' as const, claimId: CLAIM } });
/** HAND blocked for the insured's death on 2026-05-05 (the claim's coverage date). */
const deceased = (billing = handBilling()): Billing => {
  billing.changeBlock({ revision: 3, block: { reason: 'DEATH', since: new Date('2026-05-05T14:00:00.000Z') } });
  return billing;
};

/**
 * The credit-life insurer's payoff of HAND (R-LN-8) on a contract blocked for DEATH. Nothing paid,
 * on 2026-05-05 (25 days from the contract date): 1000.00 + R(1000 × (1.02^(25/30) − 1) = 16.6385)
 * = 1016.64 (blocked-payments.spec); on 2026-05-20, #1 overdue: 354.83 + 677.71 = 1032.54 (payoff.spec).
 */
describe('payoff by the credit-life insurer on a blocked contract', () => {
  it.each<[string, string, string, string, string, string]>([
    ['exactly the settlement amount', '1016.64', DAY, '1016.64', '0.00', 'PAYOFF'],
    ['more than it: the excess is the estate\'s credit', '1020.00', DAY, '1016.64', '3.36', 'PAYOFF'],
    ['the consolidated debt of a late contract', '1032.54', '2026-05-20', '1032.54', '0.00', 'CONSOLIDATED_DEBT'],
  ])('%s settles the contract despite the DEATH block', (_, amount, date, unallocated, overpayment, kind) => {
    const billing = deceased();
    const payment = billing.payOff(ids('p-claim'), claim(amount, date));
    expect([payment.source, payment.effect, payment.unallocated.toString(), payment.overpayment.toString(), payment.settled?.kind]).toEqual(['INSURANCE', 'APPLIED', unallocated, overpayment, kind]);
    const b = billing.snapshot;
    expect([b.status, b.creditBalance.toString(), b.settledByPaymentId, b.installments.map((i) => i.status), b.block?.reason]).toEqual(['SETTLED', overpayment, 'p-claim', ['SETTLED', 'SETTLED', 'SETTLED'], 'DEATH']);
  });

  it('raises PaymentReceived INSURANCE / EARLY_SETTLEMENT with the claim, valued on the coverage date', () => {
    const billing = deceased();
    billing.payOff(ids('3a4b5c6d-0000-4000-8000-000000000009'), claim('1020.00'));
    const { contractId, customerId } = billing.snapshot;
    expect(billing.pullEvents().map((e) => e.payload)).toEqual([
      {
        paymentId: '3a4b5c6d-0000-4000-8000-000000000009', contractId, customerId, source: 'INSURANCE', purpose: 'EARLY_SETTLEMENT',
        settlement: { reason: 'INSURANCE_CLAIM', claimId: CLAIM }, amount: '1020.00', allocations: [], unallocated: '1016.64', overpayment: '3.36',
        paymentDate: DAY, paidAt: PAID_AT.toISOString(),
      },
    ]);
  });

  it('the same blocked contract still refuses the money asked for: installment and early settlement', () => {
    const billing = deceased();
    const asked = { paymentDate: d(DAY), today: d(DAY), refinancingPending: false };
    expect(() => billing.quotePayment({ ...asked, installments: [1], amount: m('346.75') })).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_BLOCKED', details: { reason: 'DEATH' } }));
    expect(() => billing.settleEarly(ids('p-manual'), { ...asked, amount: m('1016.64') })).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_BLOCKED' }));
    expect([billing.snapshot.status, billing.pullEvents()]).toEqual(['ACTIVE', []]);
    expect(billing.payOff(ids('p-claim'), claim('1016.64')).effect).toBe('APPLIED');
  });

  it('a contract already ended takes the claim all as credit, with no event', () => {
    const billing = deceased();
    billing.close({ status: 'SETTLED', at: PAID_AT });
    const payment = billing.payOff(ids('p-claim'), claim('1016.64'));
    expect([payment.effect, payment.overpayment.toString(), billing.snapshot.creditBalance.toString(), billing.pullEvents()]).toEqual(['CREDITED', '1016.64', '1016.64', []]);
  });

  it('less than the settlement amount is BILLING.PAYOFF_SHORT, changing nothing', () => {
    const billing = deceased();
    const before = JSON.stringify(billing.snapshot);
    expect(() => billing.payOff(ids('p-claim'), claim('1016.63'))).toThrow(expect.objectContaining({ code: 'BILLING.PAYOFF_SHORT', details: expect.objectContaining({ source: 'INSURANCE', required: '1016.64' }) }));
    expect([JSON.stringify(billing.snapshot), billing.pullEvents()]).toEqual([before, []]);
  });
});
