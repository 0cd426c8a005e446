import { d, handBilling, ids, m } from '../../../../test/fixtures/billings';
import type { Payment } from '../domain/payment';
import { PAYMENT_RESULT } from './payment-result.codec';
import { toPayment, toRow } from './payment.mapper';

const settled = (): Payment => handBilling([1, '2026-05-10']).settleEarly(ids('p-s'), { amount: m('679.95'), paymentDate: d('2026-05-25'), today: d('2026-05-25'), refinancingPending: false });
const amortized = (): Payment =>
  handBilling([1, '2026-05-10']).amortizeExtra(ids('p-a'), { amount: m('273.25'), paymentDate: d('2026-05-10'), today: d('2026-05-10'), refinancingPending: false, mode: 'REDUCE_INSTALLMENT' });
const credited = (): Payment => {
  const billing = handBilling();
  billing.close({ status: 'SETTLED', at: new Date('2026-05-01T00:00:00Z') });
  return billing.payOff(ids('p-c'), { amount: m('1000.00'), date: d('2026-05-01'), source: 'PORTABILITY', settlement: { reason: 'PORTED_OUT', portabilityNumber: '202605010000000000001' } });
};
const insured = (): Payment => {
  const billing = handBilling();
  billing.changeBlock({ revision: 3, block: { reason: 'DEATH', since: new Date('2026-05-05T14:00:00Z') } });
  return billing.payOff(ids('p-i'), { amount: m('1020.00'), date: d('2026-05-05'), source: 'INSURANCE', settlement: { reason: 'INSURANCE_CLAIM', claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e' } });
};

describe('payment row and stored idempotent result: round trips', () => {
  it.each([['an early settlement', settled], ['an extraordinary amortization', amortized], ['a credited payoff', credited], ['an insurer\'s payoff', insured]])('%s', (_, make) => {
    const payment = make();
    // Money caches its Decimal lazily: compare what the values say, not their caches.
    const plain = (p: Payment) => JSON.parse(JSON.stringify(p));
    expect(plain(toPayment(toRow(payment)))).toEqual(plain(payment));
    expect(plain(PAYMENT_RESULT.decode(JSON.parse(JSON.stringify(PAYMENT_RESULT.encode(payment)))))).toEqual(plain(payment));
  });

  it('a result stored before the life cycle (no purpose, no unallocated) decodes as an applied installment payment', () => {
    const stored = {
      paymentId: 'p-old', customerId: 'c', contractId: 'k', source: 'MANUAL', amount: '320.00', overpayment: '6.91', paymentDate: '2025-09-11', paidAt: '2025-09-11T13:00:00.123Z',
      allocations: [{ installmentNumber: 1, dueDate: '2025-09-01', amount: '305.96', daysLate: 10, fine: '6.12', mora: '1.01', total: '313.09' }], lateChargeParameters: 'LATE-2-0.033', remittanceId: null,
    };
    const payment = PAYMENT_RESULT.decode(stored);
    expect([payment.purpose, payment.unallocated.toString(), payment.effect, payment.settlement, payment.amortization, payment.allocations[0].total.toString()]).toEqual([
      'INSTALLMENT', '0.00', 'APPLIED', undefined, undefined, '313.09',
    ]);
  });
});
