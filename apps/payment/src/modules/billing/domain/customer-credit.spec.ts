import { d, handBilling, ids, m, PAID_AT } from '../../../../test/fixtures/billings';
import { manualPayment } from '../../payment/domain/payment-kinds';
import type { Billing } from './billing';

/** HAND (test/fixtures: 346.75 due 2026-05-10, 346.75 due 06-10, 346.77 due 07-10) with installment 1 paid on 2026-05-05 for 346.75 + `credit`. */
function withCredit(credit: string, billing = handBilling()): Billing {
  const quote = billing.quotePayment({ installments: [1], amount: m('346.75').plus(m(credit)), paymentDate: d('2026-05-05'), today: d('2026-05-05') });
  const { contractId, customerId } = billing.snapshot;
  billing.recordPayment(manualPayment({ paymentId: 'p-over', customerId, contractId, paidAt: PAID_AT }, quote));
  billing.pullEvents();
  return billing;
}
const block = (b: Billing) => b.changeBlock({ revision: 2, block: { reason: 'FRAUD_SUSPECTED', since: new Date('2026-05-06T10:00:00.000Z') } });
const credit = (b: Billing) => b.snapshot.creditBalance.toString();

describe('the customer\'s credit refunded through the rail (R-LN-10, CREDIT_REFUND)', () => {
  it.each([
    [undefined, '400.00', '0.00'],
    ['150.10', '150.10', '249.90'],
    ['400.00', '400.00', '0.00'],
  ])('amount %s: %s debited at once, %s left', (amount, refunded, left) => {
    const billing = withCredit('400.00');
    expect(billing.debitCreditForRefund(amount === undefined ? undefined : m(amount)).toString()).toBe(refunded);
    expect([credit(billing), billing.pullEvents()]).toEqual([left, []]);
  });

  it.each([
    ['0.00', undefined, 'Crédito insuficiente: saldo disponível R$ 0.00.'],
    ['400.00', '400.01', 'Crédito insuficiente: saldo disponível R$ 400.00.'],
  ])('credit %s, amount %s: BILLING.INSUFFICIENT_CREDIT, nothing debited', (balance, amount, message) => {
    const billing = balance === '0.00' ? handBilling() : withCredit(balance);
    expect(() => billing.debitCreditForRefund(amount === undefined ? undefined : m(amount))).toThrow(
      expect.objectContaining({ code: 'BILLING.INSUFFICIENT_CREDIT', message, exposeDetails: true, details: { creditBalance: balance, amount: amount ?? balance } }),
    );
    expect(credit(billing)).toBe(balance);
  });

  it('a blocked contract: PAYMENT.CONTRACT_BLOCKED before the credit is looked at, nothing debited', () => {
    const billing = withCredit('400.00');
    block(billing);
    expect(() => billing.debitCreditForRefund()).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_BLOCKED', details: { reason: 'FRAUD_SUSPECTED' } }));
    expect(credit(billing)).toBe('400.00');
  });

  it('a settled contract\'s credit (a premium refund, a payoff excess) may be refunded; a failed refund restores it', () => {
    const billing = withCredit('10.00');
    billing.close({ status: 'SETTLED', at: PAID_AT });
    expect(billing.refundInsurancePremium(m('25.30'))).toBe('CREDITED');
    expect(billing.debitCreditForRefund().toString()).toBe('35.30');
    billing.restoreCredit(m('35.30'));
    expect(credit(billing)).toBe('35.30');
  });
});

describe('the customer\'s credit applied to the next open installments', () => {
  it('oldest first, each whole, never more than due: 400.00 pays installment 2 (346.75 on 2026-05-20), 53.25 stays credit', () => {
    const billing = withCredit('400.00');
    const payment = billing.applyCredit(ids('p-credit'), d('2026-05-20'));
    expect([payment.source, payment.purpose, payment.amount.toString(), payment.overpayment.toString(), payment.allocations.map((a) => a.installmentNumber)]).toEqual(['MANUAL', 'INSTALLMENT', '346.75', '0.00', [2]]);
    expect([credit(billing), billing.installment(2)?.status, billing.installment(3)?.status]).toEqual(['53.25', 'PAID', 'PENDING']);
    const [event] = billing.pullEvents();
    expect(event.payload).toMatchObject({ paymentId: 'p-credit', source: 'MANUAL', amount: '346.75', overpayment: '0.00', allocations: [{ installmentNumber: 2, amount: '346.75', fine: '0.00', mora: '0.00' }] });
  });

  it('late: installment 2 on 2026-06-15 costs 346.75 + fine 6.94 + mora R(346.75 × 0.033% × 5 = 0.572) 0.57 = 354.26; two installments when the credit covers both', () => {
    const billing = withCredit('710.00');
    const payment = billing.applyCredit(ids('p-credit'), d('2026-06-15'));
    expect([payment.amount.toString(), payment.allocations.map((a) => a.total.toString())]).toEqual(['701.03', ['354.26', '346.77']]);
    expect(credit(billing)).toBe('8.97');
  });

  it('with an amount: only that much is spent at most; too little for the next installment → BILLING.INSUFFICIENT_CREDIT with its total, nothing changed', () => {
    const billing = withCredit('800.00');
    expect(() => billing.applyCredit(ids('p'), d('2026-05-20'), m('346.74'))).toThrow(
      expect.objectContaining({ code: 'BILLING.INSUFFICIENT_CREDIT', message: 'Crédito insuficiente para a próxima parcela em aberto (R$ 346.75).', details: { creditBalance: '800.00', amount: '346.74', requiredAmount: '346.75' } }),
    );
    expect([credit(billing), billing.pullEvents()]).toEqual(['800.00', []]);
    expect(billing.applyCredit(ids('p'), d('2026-05-20'), m('500.00')).amount.toString()).toBe('346.75');
    expect(credit(billing)).toBe('453.25');
  });

  it.each<[string, (b: Billing) => void, string]>([
    ['blocked', block, 'PAYMENT.CONTRACT_BLOCKED'],
    ['cancelled', (b) => b.close({ status: 'CANCELLED', at: PAID_AT }), 'PAYMENT.CONTRACT_NOT_ACTIVE'],
    ['settled', (b) => b.close({ status: 'SETTLED', at: PAID_AT }), 'PAYMENT.CONTRACT_SETTLED'],
  ])('refused when %s: %s, nothing changed', (_, change, code) => {
    const billing = withCredit('400.00');
    change(billing);
    const before = billing.snapshot;
    expect(() => billing.applyCredit(ids('p'), d('2026-05-20'))).toThrow(expect.objectContaining({ code }));
    expect([billing.snapshot, billing.pullEvents()]).toEqual([before, []]);
  });

  it('no credit: BILLING.INSUFFICIENT_CREDIT', () => {
    expect(() => handBilling().applyCredit(ids('p'), d('2026-05-20'))).toThrow(expect.objectContaining({ code: 'BILLING.INSUFFICIENT_CREDIT' }));
  });
});
