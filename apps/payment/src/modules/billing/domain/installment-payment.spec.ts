import { IsoDate, Money } from '@consignado/finance';
import { seedActivation } from '../../../../test/fixtures/contracts';
import { manualPayment } from '../../payment/domain/payment-kinds';
import { Billing } from './billing';
import type { PaymentQuote, PaymentRequest } from './installment-payment';

/**
 * The SEED contract (test/fixtures/contracts.ts): three installments of seed 002 §8.4's 305.96 due
 * 2025-09-01, 2025-10-01 and 2025-11-01; activated 2025-08-01 (São Paulo).
 */
const ACTIVATION = seedActivation({ activatedAt: '2025-08-01T13:00:00.000Z' });
const activation = () => ACTIVATION;

const request = (installments: number[], amount: string, paymentDate: string, today = '2025-12-31'): PaymentRequest => ({
  installments,
  amount: Money.of(amount),
  paymentDate: IsoDate.of(paymentDate),
  today: IsoDate.of(today),
});

const PAID_AT = new Date('2025-09-11T13:00:00.000Z');
const paymentOf = (paymentId: string, quote: PaymentQuote) => {
  const { contractId, customerId } = activation();
  return manualPayment({ paymentId, customerId, contractId, paidAt: PAID_AT }, quote);
};

const allocationsOf = (billing: Billing, r: PaymentRequest) =>
  billing.quotePayment(r).allocations.map((a) => [a.installmentNumber, a.daysLate, a.fine.toString(), a.mora.toString(), a.total.toString()]);

describe('manual payment: allocation and late charges (seed 002 §8, R-LN-3, D-3, D-4)', () => {
  it('on time: no fine, no mora, the total is the installment', () => {
    const billing = Billing.open(activation());
    expect(allocationsOf(billing, request([1], '305.96', '2025-09-01'))).toEqual([[1, 0, '0.00', '0.00', '305.96']]);
  });

  it('seed 002 §8.4 ten days late: fine 305.96 × 2% = 6.1192 → 6.12, mora 305.96 × 0.033% × 10 = 1.009668 → 1.01 (half-up), total 313.09', () => {
    const billing = Billing.open(activation());
    const quote = billing.quotePayment(request([1], '313.09', '2025-09-11'));
    expect(allocationsOf(billing, request([1], '313.09', '2025-09-11'))).toEqual([[1, 10, '6.12', '1.01', '313.09']]);
    expect([quote.required.toString(), quote.overpayment.toString(), quote.parameters]).toEqual(['313.09', '0.00', 'LATE-2-0.033']);
  });

  it('two installments, one late: 1 is 41 days late on 2025-10-12 (fine 6.12, mora 305.96 × 0.01353 = 4.1396 → 4.14), 2 is 11 days late (fine 6.12, mora 305.96 × 0.00363 = 1.1106 → 1.11)', () => {
    const billing = Billing.open(activation());
    const quote = billing.quotePayment(request([1, 2], '700.00', '2025-10-12'));
    expect(allocationsOf(billing, request([1, 2], '700.00', '2025-10-12'))).toEqual([
      [1, 41, '6.12', '4.14', '316.22'],
      [2, 11, '6.12', '1.11', '313.19'],
    ]);
    // 316.22 + 313.19 = 629.41 required; 700.00 − 629.41 = 70.59 over.
    expect([quote.required.toString(), quote.overpayment.toString()]).toEqual(['629.41', '70.59']);
  });

  it.each([
    ['the late installment', [1], '313.08', '2025-09-11', 'Valor insuficiente para a parcela atrasada', '313.09'],
    ['installments on time', [2, 3], '611.91', '2025-09-30', 'Valor insuficiente para as parcelas informadas', '611.92'],
  ])('refuses less than the total for %s, telling the amount required', (_, installments, amount, date, message, required) => {
    const billing = Billing.open(activation());
    expect(() => billing.quotePayment(request(installments, amount, date))).toThrow(
      expect.objectContaining({ code: 'PAYMENT.INSUFFICIENT_AMOUNT', message, details: { requiredAmount: required, amount }, exposeDetails: true }),
    );
  });

  it.each([
    ['out of range', [4]],
    ['zero', [0]],
    ['repeated', [2, 2]],
  ])('refuses an installment %s with PAYMENT.INSTALLMENT_NOT_PAYABLE', (_, installments) => {
    const billing = Billing.open(activation());
    expect(() => billing.quotePayment(request(installments, '999.00', '2025-09-01'))).toThrow(
      expect.objectContaining({ code: 'PAYMENT.INSTALLMENT_NOT_PAYABLE', message: 'Parcela inválida ou já quitada' }),
    );
  });

  it('refuses a date after the business date, and one before the activation date', () => {
    const billing = Billing.open(activation());
    expect(() => billing.quotePayment(request([1], '305.96', '2025-09-02', '2025-09-01'))).toThrow(expect.objectContaining({ code: 'PAYMENT.DATE_IN_FUTURE' }));
    expect(() => billing.quotePayment(request([1], '305.96', '2025-07-31'))).toThrow(expect.objectContaining({ code: 'PAYMENT.DATE_BEFORE_ACTIVATION' }));
    expect(billing.quotePayment(request([1], '305.96', '2025-08-01')).required.toString()).toBe('305.96');
  });

  it('checks in the seed\'s order: contract status before installments, installments before dates, dates before amount', () => {
    const billing = Billing.open(activation());
    expect(() => billing.quotePayment(request([9], '1.00', '2030-01-01'))).toThrow(expect.objectContaining({ code: 'PAYMENT.INSTALLMENT_NOT_PAYABLE' }));
    expect(() => billing.quotePayment(request([1], '1.00', '2030-01-01'))).toThrow(expect.objectContaining({ code: 'PAYMENT.DATE_IN_FUTURE' }));
    billing.close({ status: 'CANCELLED', at: new Date('2025-08-05T00:00:00Z') });
    expect(() => billing.quotePayment(request([9], '1.00', '2030-01-01'))).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_NOT_ACTIVE', message: 'Empréstimo não está ativo' }));
  });

  it('records the payment: installments PAID with date, total, fine and mora; the overpayment becomes the customer\'s credit', () => {
    const billing = Billing.open(activation());
    const quote = billing.quotePayment(request([1], '320.00', '2025-09-11'));
    billing.recordPayment(paymentOf('p-1', quote));
    const paid = billing.installment(1);
    expect([paid?.status, paid?.payment?.paymentId, paid?.payment?.paidDate.toString(), paid?.payment?.paidAmount.toString(), paid?.payment?.fine.toString(), paid?.payment?.mora.toString()]).toEqual([
      'PAID',
      'p-1',
      '2025-09-11',
      '313.09',
      '6.12',
      '1.01',
    ]);
    // 320.00 − 313.09 = 6.91, kept as credit; installment 2 stays PENDING.
    expect([billing.snapshot.creditBalance.toString(), billing.installment(2)?.status]).toEqual(['6.91', 'PENDING']);
    expect(() => billing.quotePayment(request([1], '320.00', '2025-09-11'))).toThrow(expect.objectContaining({ code: 'PAYMENT.INSTALLMENT_NOT_PAYABLE' }));
    expect(() => billing.recordPayment(paymentOf('p-2', quote))).toThrow(expect.objectContaining({ code: 'PAYMENT.INSTALLMENT_NOT_PAYABLE' }));
  });

  it('refuses a contract whose installments are all paid, or SETTLED, as already settled', () => {
    const billing = Billing.open(activation());
    billing.recordPayment(paymentOf('p-all', billing.quotePayment(request([1, 2, 3], '917.88', '2025-09-01'))));
    expect(() => billing.quotePayment(request([1], '305.96', '2025-09-01'))).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_SETTLED', message: 'Empréstimo já liquidado' }));
    const settled = Billing.open(activation());
    settled.close({ status: 'SETTLED', at: new Date('2025-08-05T00:00:00Z') });
    expect(() => settled.quotePayment(request([1], '305.96', '2025-09-01'))).toThrow(expect.objectContaining({ code: 'PAYMENT.CONTRACT_SETTLED' }));
  });

  it('raises PaymentReceived with each installment, its fine and mora, and the overpayment', () => {
    const billing = Billing.open(activation());
    billing.recordPayment(paymentOf('p-1', billing.quotePayment(request([1], '320.00', '2025-09-11'))));
    const { contractId, customerId } = activation();
    expect(billing.pullEvents()).toEqual([
      {
        type: 'PaymentReceived',
        payload: {
          paymentId: 'p-1', contractId, customerId, source: 'MANUAL', purpose: 'INSTALLMENT', amount: '320.00',
          allocations: [{ installmentNumber: 1, amount: '305.96', fine: '6.12', mora: '1.01' }],
          unallocated: '0.00', overpayment: '6.91', paymentDate: '2025-09-11', paidAt: PAID_AT.toISOString(),
        },
      },
    ]);
    expect(billing.pullEvents()).toEqual([]);
    expect(Billing.restore(billing.snapshot).pullEvents()).toEqual([]);
  });
});
