import type { PayloadOf } from '@consignado/contracts';
import { Money, type IsoDate } from '@consignado/finance';
import type { Allocation, PaymentQuote } from '../../billing/domain/installment-payment';

export type PaymentSource = PayloadOf<'PaymentReceived'>['source'];

/** Money received for a contract's installments: a manual payment or one payroll-remittance line. */
export interface Payment {
  readonly paymentId: string;
  readonly customerId: string;
  readonly contractId: string;
  readonly source: PaymentSource;
  readonly amount: Money;
  readonly allocations: readonly Allocation[];
  /** amount − Σ allocation totals: credited to the customer (overpayment rule, README). */
  readonly overpayment: Money;
  readonly paymentDate: IsoDate;
  readonly paidAt: Date;
  /** The late-charge parameter version the allocations were priced with. */
  readonly lateChargeParameters: string;
  /** PAYROLL only: the remittance the line came in. */
  readonly remittanceId?: string;
}

export interface NewPayment {
  paymentId: string;
  customerId: string;
  contractId: string;
  paidAt: Date;
}

export function manualPayment(ids: NewPayment, quote: PaymentQuote): Payment {
  const { amount, allocations, overpayment, paymentDate, parameters } = quote;
  return { ...ids, source: 'MANUAL', amount, allocations, overpayment, paymentDate, lateChargeParameters: parameters };
}

/** One MATCHED remittance line: exactly the installment's total on the payment date, no overpayment. */
export function payrollPayment(ids: NewPayment, allocation: Allocation, paymentDate: IsoDate, parameters: string, remittanceId: string): Payment {
  return { ...ids, source: 'PAYROLL', amount: allocation.total, allocations: [allocation], overpayment: Money.ZERO, paymentDate, lateChargeParameters: parameters, remittanceId };
}

/** PaymentReceived v1 (purpose INSTALLMENT): each allocation is the installment plus its fine and mora. */
export function paymentReceivedOf(payment: Payment): PayloadOf<'PaymentReceived'> {
  return {
    paymentId: payment.paymentId,
    contractId: payment.contractId,
    customerId: payment.customerId,
    source: payment.source,
    purpose: 'INSTALLMENT',
    amount: payment.amount.toString(),
    allocations: payment.allocations.map((a) => ({ installmentNumber: a.installmentNumber, amount: a.amount.toString(), fine: a.fine.toString(), mora: a.mora.toString() })),
    unallocated: '0.00',
    overpayment: payment.overpayment.toString(),
    paymentDate: payment.paymentDate.toString(),
    paidAt: payment.paidAt.toISOString(),
  };
}
