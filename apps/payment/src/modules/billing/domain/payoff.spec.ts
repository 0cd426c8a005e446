import { d, handBilling, ids, legacyBilling, m, PAID_AT } from '../../../../test/fixtures/billings';
import type { Billing } from './billing';

const NEW_CONTRACT = '7e0c3a51-2b4d-4f6e-9a8b-1c2d3e4f5a6b';
const refinancing = (amount: string, date: string) => ({
  amount: m(amount),
  date: d(date),
  source: 'REFINANCING' as const,
  settlement: { reason: 'REFINANCED' as const, replacedByContractId: NEW_CONTRACT },
});
const portability = (amount: string, date: string) => ({
  amount: m(amount),
  date: d(date),
  source: 'PORTABILITY' as const,
  settlement: { reason: 'PORTED_OUT' as const, portabilityNumber: '202606100000000012345' },
});

/**
 * Payoffs of HAND paid by a refinancing or a portability (docs/life-cycle.md). Quoted on 2026-06-10
 * with #1 paid: 673.25 + R(673.25 × (1.02^(31/30) − 1)) = 673.25 + R(13.9185) = 687.17.
 */
type Payoff = ReturnType<typeof refinancing> | ReturnType<typeof portability>;

describe('payoff of a contract by another (refinancing, portability out)', () => {
  it.each<[string, () => Billing, Payoff, string, string, string]>([
    ['a refinancing at the quoted payoff', () => handBilling([1, '2026-05-10']), refinancing('687.17', '2026-06-10'), '687.17', '0.00', 'REFINANCING'],
    // #1 paid ahead on 05-05, quoted 05-06: 1000.00 + 17.31 − 345.84 = 671.47 (early-settlement.spec.ts).
    ['a refinancing quoted before a prepaid installment fell due', () => handBilling([1, '2026-05-05']), refinancing('671.47', '2026-05-06'), '671.47', '0.00', 'REFINANCING'],
    // #2 paid after the quote: the payoff on 06-10 is now B_2 = 339.97; 687.17 − 339.97 = 347.20 is the customer's credit.
    ['a refinancing after an installment was paid since the quote', () => handBilling([1, '2026-05-10'], [2, '2026-06-10']), refinancing('687.17', '2026-06-10'), '339.97', '347.20', 'REFINANCING'],
    // A late contract pays its consolidated debt on 05-20: 354.83 + 677.71 = 1032.54; 1040.00 − 1032.54 = 7.46 over.
    ['a portability of a late contract', () => handBilling(), portability('1040.00', '2026-05-20'), '1032.54', '7.46', 'PORTABILITY'],
  ])('%s settles at finance\'s amount on the date; the excess is credit', (_, make, request, unallocated, overpayment, source) => {
    const billing = make();
    const payment = billing.payOff(ids('p-off'), request);
    expect([payment.source, payment.purpose, payment.effect, payment.unallocated.toString(), payment.overpayment.toString(), payment.paymentDate.toString()]).toEqual([
      source, 'EARLY_SETTLEMENT', 'APPLIED', unallocated, overpayment, request.date.toString(),
    ]);
    expect([billing.snapshot.status, billing.snapshot.creditBalance.toString(), billing.snapshot.settledByPaymentId]).toEqual(['SETTLED', overpayment, 'p-off']);
    expect(billing.snapshot.installments.filter((i) => i.status === 'PENDING')).toEqual([]);
    const [event] = billing.pullEvents();
    expect(event.payload).toMatchObject({ source, purpose: 'EARLY_SETTLEMENT', settlement: request.settlement, allocations: [], unallocated, overpayment, amount: request.amount.toString() });
  });

  it('raises the refinancing\'s PaymentReceived exactly', () => {
    const billing = handBilling([1, '2026-05-10'], [2, '2026-06-10']);
    billing.payOff(ids('3a4b5c6d-0000-4000-8000-000000000003'), refinancing('687.17', '2026-06-10'));
    const { contractId, customerId } = billing.snapshot;
    expect(billing.pullEvents()[0].payload).toEqual({
      paymentId: '3a4b5c6d-0000-4000-8000-000000000003', contractId, customerId, source: 'REFINANCING', purpose: 'EARLY_SETTLEMENT',
      settlement: { reason: 'REFINANCED', replacedByContractId: NEW_CONTRACT }, amount: '687.17', allocations: [], unallocated: '339.97', overpayment: '347.20',
      paymentDate: '2026-06-10', paidAt: PAID_AT.toISOString(),
    });
  });

  it.each<[string, () => Billing]>([
    ['SETTLED', () => {
      const b = handBilling();
      b.close({ status: 'SETTLED', at: PAID_AT });
      return b;
    }],
    ['CANCELLED', () => {
      const b = handBilling();
      b.close({ status: 'CANCELLED', at: PAID_AT });
      return b;
    }],
    ['with every installment paid', () => handBilling([1, '2026-05-10'], [2, '2026-06-10'], [3, '2026-07-10'])],
  ])('a contract already ended (%s) takes it all as credit, with no event', (_, make) => {
    const billing = make();
    const status = billing.snapshot.status;
    const payment = billing.payOff(ids('p'), portability('687.17', '2026-06-10'));
    expect([payment.effect, payment.unallocated.toString(), payment.overpayment.toString(), payment.settled]).toEqual(['CREDITED', '0.00', '687.17', undefined]);
    expect([billing.snapshot.status, billing.snapshot.creditBalance.toString(), billing.pullEvents()]).toEqual([status, '687.17', []]);
  });

  it.each<[string, () => Billing, ReturnType<typeof refinancing>, string]>([
    ['less than the settlement amount (by construction impossible: the funds must go back)', () => handBilling([1, '2026-05-10']), refinancing('687.16', '2026-06-10'), 'BILLING.PAYOFF_SHORT'],
    // A payoff dated before the contract date: finance cannot value it.
    ['a date finance cannot value', () => handBilling(), refinancing('700.00', '2026-04-09'), 'BILLING.PAYOFF_NOT_COMPUTABLE'],
    ['a billing without a position', () => legacyBilling(), refinancing('700.00', '2026-05-06'), 'BILLING.POSITION_UNKNOWN'],
  ])('refuses %s, changing nothing', (_, make, request, code) => {
    const billing = make();
    const before = JSON.stringify(billing.snapshot);
    expect(() => billing.payOff(ids('p'), request)).toThrow(expect.objectContaining({ code }));
    expect([JSON.stringify(billing.snapshot), billing.pullEvents()]).toEqual([before, []]);
  });
});
