import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import { Billing } from '../../billing/domain/billing';
import { payrollDeductionOf } from '../../billing/domain/payroll-deduction';
import { manualPayment, payrollPayment } from '../../payment/domain/payment-kinds';
import { exampleActivation } from '../../../../test/fixtures/contracts';
import { type LineContext, reconcileLine, type RemittanceLine } from './reconcile-line';
import { reconcileRemittance } from './remittance';

/** The example contract (test/fixtures): 47 installments of 311.36 from 2025-03-10 and a last of 311.03, activated 2025-02-10, benefit 1234567890. */
const ACTIVATION = exampleActivation();
const activation = (): PayloadOf<'ContractActivated'> => ACTIVATION;
const deduction = () => payrollDeductionOf(examplePayload('AverbationCompleted'));
const contractId = activation().contractId;

const line = (over: Partial<RemittanceLine> = {}): RemittanceLine => ({ benefitNumber: '1234567890', contractId, installmentNumber: 1, amount: Money.of('311.36'), ...over });
const context = (over: Partial<LineContext> = {}): LineContext => ({ billing: Billing.open(activation()), deduction: deduction(), duplicate: false, paymentDate: IsoDate.of('2025-03-10'), ...over });

describe('payroll remittance: one line reconciled (pure)', () => {
  it('MATCHED when the amount is the installment on its due date', () => {
    const outcome = reconcileLine(line(), context());
    expect(outcome).toMatchObject({ status: 'MATCHED', parameters: 'LATE-2-0.033' });
    expect(outcome.status === 'MATCHED' && [outcome.allocation.total.toString(), outcome.allocation.fine.toString()]).toEqual(['311.36', '0.00']);
  });

  it('MATCHED when paid late with exactly its charges: 10 days, 311.36 + 6.23 + 1.03 = 318.62', () => {
    expect(reconcileLine(line({ amount: Money.of('318.62') }), context({ paymentDate: IsoDate.of('2025-03-20') })).status).toBe('MATCHED');
  });

  const closed = () => {
    const billing = Billing.open(activation());
    billing.close({ status: 'CANCELLED', at: new Date('2025-02-14T09:00:00Z') });
    return billing;
  };
  const paid = () => {
    const billing = Billing.open(activation());
    const quote = billing.quotePayment({ installments: [1], amount: Money.of('311.36'), paymentDate: IsoDate.of('2025-03-10'), today: IsoDate.of('2025-03-10') });
    billing.recordPayment(manualPayment({ paymentId: 'p-1', customerId: billing.snapshot.customerId, contractId, paidAt: new Date('2025-03-10T12:00:00Z') }, quote));
    return billing;
  };

  it.each<[string, () => [RemittanceLine, LineContext]]>([
    ['DUPLICATE_LINE', () => [line(), context({ duplicate: true })]],
    ['UNKNOWN_CONTRACT', () => [line(), context({ billing: undefined })]],
    ['UNKNOWN_CONTRACT', () => [line(), context({ deduction: undefined })]],
    ['BENEFIT_MISMATCH', () => [line({ benefitNumber: '9999999999' }), context()]],
    ['CONTRACT_NOT_ACTIVE', () => [line(), context({ billing: closed() })]],
    ['CONTRACT_NOT_ACTIVE', () => [line(), context({ paymentDate: IsoDate.of('2025-02-09') })]],
    ['INVALID_INSTALLMENT', () => [line({ installmentNumber: 49 }), context()]],
    ['INVALID_INSTALLMENT', () => [line(), context({ billing: paid() })]],
    ['AMOUNT_MISMATCH', () => [line({ amount: Money.of('311.35') }), context()]],
    ['AMOUNT_MISMATCH', () => [line(), context({ paymentDate: IsoDate.of('2025-03-11') })]],
  ])('%s', (status, make) => {
    const outcome = reconcileLine(...make());
    expect(outcome.status).toBe(status);
    expect(outcome.message).toMatch(/[a-zá-ú]/);
  });

  it('MATCHED on a blocked contract (R-LN-8), and the installment is PAID: INSS withheld the money already, it cannot be refused', () => {
    const billing = Billing.open(activation());
    billing.changeBlock({ revision: 3, block: { reason: 'JUDICIAL_ORDER', since: new Date('2025-03-01T12:00:00Z') } });
    const outcome = reconcileLine(line(), context({ billing }));
    if (outcome.status !== 'MATCHED') throw new Error(`expected MATCHED, got ${outcome.status}`);
    billing.recordPayment(payrollPayment({ paymentId: 'p-payroll', customerId: billing.snapshot.customerId, contractId, paidAt: new Date('2025-03-10T12:00:00Z') }, outcome.allocation, IsoDate.of('2025-03-10'), outcome.parameters, 'FOLHA-2025-03-001'));
    expect([billing.installment(1)?.status, billing.snapshot.block?.reason, billing.pullEvents().map((e) => e.payload.source)]).toEqual(['PAID', 'JUDICIAL_ORDER', ['PAYROLL']]);
  });

  it('tells the amount due on the payment date when it differs', () => {
    // One day late: 311.36 + 6.23 + R(311.36 × 0.00033) = 311.36 + 6.23 + 0.10 = 317.69.
    expect(reconcileLine(line(), context({ paymentDate: IsoDate.of('2025-03-11') })).message).toBe('Valor diferente do devido na data do pagamento (R$ 317.69).');
  });
});

describe('payroll remittance: every line, totals', () => {
  it('matches what is right, flags the rest, pays an installment once', () => {
    const billing = Billing.open(activation());
    const remittance = {
      remittanceId: 'FOLHA-2025-03-001',
      referenceMonth: '2025-03',
      paymentDate: IsoDate.of('2025-03-10'),
      lines: [line(), line({ installmentNumber: 2 }), line(), line({ installmentNumber: 3, amount: Money.of('300.00') })],
    };
    const { report, matched } = reconcileRemittance(remittance, new Map([[contractId, billing]]), new Map([[contractId, deduction()]]));
    expect(report.lines.map((l) => [l.line, l.installmentNumber, l.status])).toEqual([
      [1, 1, 'MATCHED'],
      [2, 2, 'MATCHED'],
      [3, 1, 'DUPLICATE_LINE'],
      [4, 3, 'AMOUNT_MISMATCH'],
    ]);
    // matched 311.36 × 2 = 622.72; mismatched 311.36 + 300.00 = 611.36.
    expect(report.totals).toEqual({ lines: 4, matched: 2, mismatched: 2, matchedAmount: '622.72', mismatchedAmount: '611.36' });
    expect(matched.map((m) => m.allocation.installmentNumber)).toEqual([1, 2]);
  });
});
