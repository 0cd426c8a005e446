import type { PayloadOf } from '@consignado/contracts';
import { d, handBilling, ids, m, PAID_AT } from '../../../../test/fixtures/billings';
import { manualPayment } from '../../payment/domain/payment-kinds';
import { amendmentOf } from './amendment';
import type { Billing } from './billing';

type Amended = PayloadOf<'ContractAmended'>;

/** HAND with #1 paid, amortized by 273.25 on 2026-05-10 (REDUCE_INSTALLMENT): rows 206.16 and 206.15 (extra-amortization.spec). */
const amended = (billing: Billing, paymentId: string, over: Partial<Amended> = {}): Amended => ({
  contractId: billing.contractId, customerId: billing.snapshot.customerId, paymentId, reason: 'EXTRA_AMORTIZATION', mode: 'REDUCE_INSTALLMENT',
  amount: '273.25', interestSettled: '0.00', effectiveDate: '2026-05-10', balance: '400.00', previousInstallmentAmount: '346.75',
  installmentAmount: '206.16', remainingInstallments: 2, termMonths: 3,
  schedule: [
    { number: 2, dueDate: '2026-06-10', amount: '206.16', interest: '8.27', amortization: '197.89', balance: '202.11' },
    { number: 3, dueDate: '2026-07-10', amount: '206.15', interest: '4.04', amortization: '202.11', balance: '0.00' },
  ],
  amendedAt: '2026-05-10T15:00:00.000Z',
  ...over,
});
const amortized = () => {
  const billing = handBilling([1, '2026-05-10']);
  const payment = billing.amortizeExtra(ids('p-am'), { amount: m('273.25'), paymentDate: d('2026-05-10'), today: d('2026-05-10'), refinancingPending: false, mode: 'REDUCE_INSTALLMENT' });
  return { billing, payment };
};
const rowsOf = (b: Billing) => b.snapshot.installments.map((i) => `${i.number} ${i.amount} ${i.status}`);

describe('ContractAmended checked against the billing (R-LN-5)', () => {
  it('the plan this billing holds for that payment: nothing changes (a row of it paid since still counts)', () => {
    const { billing } = amortized();
    expect(billing.amend(amendmentOf(amended(billing, 'p-am')))).toBe('UNCHANGED');
    const quote = billing.quotePayment({ installments: [2], amount: m('206.16'), paymentDate: d('2026-06-10'), today: d('2026-06-10') });
    billing.recordPayment(manualPayment({ ...ids('p-2'), contractId: billing.contractId, customerId: billing.snapshot.customerId }, quote));
    expect(rowsOf(billing)).toEqual(['1 346.75 PAID', '2 206.16 PAID', '3 206.15 PENDING']);
    expect(billing.amend(amendmentOf(amended(billing, 'p-am')))).toBe('UNCHANGED');
  });

  it('another plan for that payment is BILLING.AMENDMENT_MISMATCH', () => {
    const { billing } = amortized();
    const other = amended(billing, 'p-am');
    other.schedule[1].amount = '206.16';
    expect(() => billing.amend(amendmentOf(other))).toThrow(expect.objectContaining({ code: 'BILLING.AMENDMENT_MISMATCH' }));
  });

  it('a plan a later amortization replaced is checked against the rows recorded with its payment', () => {
    const { billing, payment } = amortized();
    const later = amended(billing, 'p-earlier');
    expect(billing.amend(amendmentOf(later), payment.amortization?.rows)).toBe('SUPERSEDED');
    later.schedule[0].dueDate = '2026-06-11';
    expect(() => billing.amend(amendmentOf(later), payment.amortization?.rows)).toThrow(expect.objectContaining({ code: 'BILLING.AMENDMENT_MISMATCH' }));
  });

  it('a billing never re-planned for that payment takes the event\'s rows and plan', () => {
    const billing = handBilling([1, '2026-05-10']);
    expect(billing.amend(amendmentOf(amended(billing, 'p-elsewhere')))).toBe('TAKEN');
    expect(rowsOf(billing)).toEqual(['1 346.75 PAID', '2 206.16 PENDING', '3 206.15 PENDING']);
    const plan = billing.snapshot.plan;
    expect([plan?.start.date.toString(), plan?.start.balance.toString(), plan?.start.afterInstallment, plan?.installment.toString(), plan?.paymentId]).toEqual(['2026-05-10', '400.00', 1, '206.16', 'p-elsewhere']);
  });

  it.each<[string, () => Billing]>([
    ['a row it replaces is paid', () => handBilling([1, '2026-05-10'], [2, '2026-05-20'])],
    ['the billing is no longer active', () => {
      const b = handBilling([1, '2026-05-10']);
      b.close({ status: 'SETTLED', at: PAID_AT });
      return b;
    }],
  ])('cannot take it when %s: BILLING.AMENDMENT_MISMATCH', (_, make) => {
    const billing = make();
    expect(() => billing.amend(amendmentOf(amended(billing, 'p-x')))).toThrow(expect.objectContaining({ code: 'BILLING.AMENDMENT_MISMATCH' }));
  });

  it('refuses a malformed plan (rows not consecutive)', () => {
    const billing = handBilling([1, '2026-05-10']);
    const bad = amended(billing, 'p-x');
    bad.schedule[1].number = 4;
    expect(() => amendmentOf(bad)).toThrow(expect.objectContaining({ code: 'BILLING.AMENDMENT_MISMATCH' }));
  });
});
