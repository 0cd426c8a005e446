import { dec, Money, type WorkoutOption } from '@consignado/finance';
import { d, handBilling, ids, m, PAID_AT } from '../../../../test/fixtures/billings';
import type { Billing } from './billing';
import type { RenegotiationRequest } from './renegotiation';

type Ask = { option: WorkoutOption; capacity: string; installmentAmount: string; termMonths: number; lateChargesDiscount?: string; graceDays?: number; today?: string; refinancingPending?: boolean };

const request = (a: Ask): RenegotiationRequest => ({
  option: a.option,
  capacity: m(a.capacity),
  installmentAmount: m(a.installmentAmount),
  termMonths: a.termMonths,
  ...(a.lateChargesDiscount !== undefined ? { lateChargesDiscount: dec(a.lateChargesDiscount) } : {}),
  ...(a.graceDays !== undefined ? { graceDays: a.graceDays } : {}),
  today: d(a.today ?? '2026-05-20'),
  refinancingPending: a.refinancingPending ?? false,
});
const NEW_CONTRACT = '7a0e5c1d-2b3f-4a5b-8c6d-9e0f1a2b3c4d';
const acceptance = (capacity: string) => ({ renegotiationId: 'r-1', newContractId: NEW_CONTRACT, channel: 'DIGITAL' as const, capacity: m(capacity) });
const renegotiate = (billing: Billing, a: Ask) => billing.renegotiate(ids('p-reneg'), request(a), acceptance(a.capacity));

/**
 * HAND (R$ 1,000 at 2%, 3 × 346.75/346.75/346.77, test/fixtures) on 2026-05-20, nothing paid, #1
 * ten days late — worked out by hand (R = half-up to cents):
 *   #1 346.75 + fine R(346.75 × 0.02) = 6.94 + mora R(346.75 × 0.00033 × 10) = 1.14;
 *   the rest from due date 1: 673.25 + R(673.25 × (1.02^(10/30) − 1)) = 673.25 + 4.46 = 677.71;
 *   consolidated debt 346.75 + 6.94 + 1.14 + 677.71 = 1032.54; late charges 8.08.
 * PMT(P, n, d1) = R(P × 1.02^(d1/30 − 1) × 0.02 / (1 − 1.02^−n)); INSS's longest term on the date is 96.
 */
describe('renegotiation of a late contract (R-LN-8): the option recomputed on the billing, the offer seen must hold', () => {
  it.each<[string, Ask, string, string, string, number, string, string, number]>([
    // δ 0.5 (the limit, by default): discount R(8.08 × 0.5) = 4.04, debt 1028.50; within the 3 rows left:
    // n = 2 → R(1028.50 × 0.515050) = 529.73 > 400; n = 3 → R(1028.50 × 0.346755) = 356.64. First due 05-20 + 30 d.
    ['LATE_CHARGES_DISCOUNT at the limit', { option: 'LATE_CHARGES_DISCOUNT', capacity: '400.00', installmentAmount: '356.64', termMonths: 3 }, '0.5', '4.04', '1028.50', 3, '356.64', '2026-06-19', 0],
    // δ 0.25: discount R(8.08 × 0.25) = 2.02, debt 1030.52; n = 3 → R(1030.52 × 0.346755) = 357.34.
    ['LATE_CHARGES_DISCOUNT of a quarter', { option: 'LATE_CHARGES_DISCOUNT', lateChargesDiscount: '0.25', capacity: '400.00', installmentAmount: '357.34', termMonths: 3 }, '0.25', '2.02', '1030.52', 3, '357.34', '2026-06-19', 0],
    // g 90 (the limit): d1 = 120 → × 1.02^3 = 1.061208; n = 3 → 379.95 > 300, n = 4 → R(1032.54 × 1.061208 × 0.262624) = 287.77. First due 05-20 + 120 d.
    ['GRACE at the limit', { option: 'GRACE', capacity: '300.00', installmentAmount: '287.77', termMonths: 4 }, '0', '0.00', '1032.54', 4, '287.77', '2026-09-17', 90],
    // g 30: d1 = 60 → × 1.02; n = 3 → R(1032.54 × 1.02 × 0.346755) = 365.20 > 300, n = 4 → R(1032.54 × 1.02 × 0.262624) = 276.59. First due 05-20 + 60 d.
    ['GRACE of 30 days', { option: 'GRACE', graceDays: 30, capacity: '300.00', installmentAmount: '276.59', termMonths: 4 }, '0', '0.00', '1032.54', 4, '276.59', '2026-07-19', 30],
    // n = 11 → 105.50 > 100, n = 12 → R(1032.54 × 0.094560) = 97.64.
    ['LONGER_TERM', { option: 'LONGER_TERM', capacity: '100.00', installmentAmount: '97.64', termMonths: 12 }, '0', '0.00', '1032.54', 12, '97.64', '2026-06-19', 0],
  ])('%s: settles for the debt, the terms recorded', (_, ask, share, discount, debt, term, installment, firstDueDate, graceDays) => {
    const billing = handBilling();
    const payment = renegotiate(billing, ask);
    expect([payment.source, payment.purpose, payment.amount.toString(), payment.unallocated.toString(), payment.overpayment.toString(), payment.allocations]).toEqual(['RENEGOTIATION', 'EARLY_SETTLEMENT', debt, debt, '0.00', []]);
    const s = payment.settled;
    expect([s?.kind, s?.amount.toString(), s?.installments, s?.remainingUndiscounted.toString()]).toEqual(['CONSOLIDATED_DEBT', debt, [1, 2, 3], '1040.27']);
    expect(payment.settlement).toEqual({
      reason: 'RENEGOTIATED',
      replacedByContractId: NEW_CONTRACT,
      renegotiation: {
        renegotiationId: 'r-1', option: ask.option, capacity: ask.capacity, lateChargesDiscount: share, graceDays, maxTermMonths: ask.option === 'LATE_CHARGES_DISCOUNT' ? 3 : 96,
        consolidatedDebt: '1032.54', discount, termMonths: term, installmentAmount: installment, firstDueDate, parameterVersion: 'WORKOUT-50-90', channel: 'DIGITAL', acceptedAt: PAID_AT.toISOString(),
      },
    });
    expect(billing.snapshot).toMatchObject({ status: 'SETTLED', closedAt: PAID_AT, settledByPaymentId: 'p-reneg', creditBalance: Money.ZERO });
    expect(billing.snapshot.installments.map((i) => i.status)).toEqual(['SETTLED', 'SETTLED', 'SETTLED']);
  });

  it('raises PaymentReceived RENEGOTIATION / EARLY_SETTLEMENT: the debt unallocated, no allocations, settlement RENEGOTIATED with the terms', () => {
    const billing = handBilling();
    const payment = renegotiate(billing, { option: 'LONGER_TERM', capacity: '100.00', installmentAmount: '97.64', termMonths: 12 });
    const [event, ...more] = billing.pullEvents();
    expect(more).toEqual([]);
    expect(event.payload).toMatchObject({ paymentId: 'p-reneg', source: 'RENEGOTIATION', purpose: 'EARLY_SETTLEMENT', amount: '1032.54', unallocated: '1032.54', overpayment: '0.00', allocations: [], paymentDate: '2026-05-20' });
    expect(event.payload.settlement).toEqual(payment.settlement);
  });
});
