import type { SettlementInstruction } from '@consignado/contracts';
import { type AmortizationMode, type ExtraAmortization, type IsoDate, Money } from '@consignado/finance';
import type { CreditApplication } from '../../billing/domain/customer-credit';
import type { Allocation, PaymentQuote } from '../../billing/domain/installment-payment';
import type { Payment, PaymentSource, SettledPosition } from './payment';

/** Who and when: the handler's part of a new payment. */
export interface NewPayment {
  paymentId: string;
  customerId: string;
  contractId: string;
  paidAt: Date;
}

const none = { allocations: [] as Allocation[], unallocated: Money.ZERO, overpayment: Money.ZERO, effect: 'APPLIED' as const };

export function manualPayment(ids: NewPayment, quote: PaymentQuote): Payment {
  const { amount, allocations, overpayment, paymentDate, parameters } = quote;
  return { ...ids, ...none, source: 'MANUAL', purpose: 'INSTALLMENT', amount, allocations, overpayment, paymentDate, lateChargeParameters: parameters };
}

/**
 * The customer's credit applied to installments. PaymentReceived has no CREDIT source
 * (libs/contracts PAYMENT_SOURCES): it travels as what it is for loan — a MANUAL payment of the
 * installments, exactly their totals, no overpayment; payment keeps it as a credit application.
 */
export function creditApplicationPayment(ids: NewPayment, application: CreditApplication, paymentDate: IsoDate): Payment {
  const { applied, allocations, parameters } = application;
  return { ...ids, ...none, source: 'MANUAL', purpose: 'INSTALLMENT', amount: applied, allocations, paymentDate, lateChargeParameters: parameters };
}

/** One MATCHED remittance line: exactly the installment's total on the payment date, no overpayment. */
export function payrollPayment(ids: NewPayment, allocation: Allocation, paymentDate: IsoDate, parameters: string, remittanceId: string): Payment {
  return { ...ids, ...none, source: 'PAYROLL', purpose: 'INSTALLMENT', amount: allocation.total, allocations: [allocation], paymentDate, lateChargeParameters: parameters, remittanceId };
}

export interface Settling {
  source: PaymentSource;
  amount: Money;
  paymentDate: IsoDate;
  settlement: SettlementInstruction;
  settled: SettledPosition;
}

/** Money that settles the whole contract: the settlement amount in `unallocated`, anything beyond it is credit. */
export function settlingPayment(ids: NewPayment, s: Settling): Payment {
  const { source, amount, paymentDate, settlement, settled } = s;
  return { ...ids, ...none, source, purpose: 'EARLY_SETTLEMENT', amount, paymentDate, settlement, settled, unallocated: settled.amount, overpayment: amount.minus(settled.amount) };
}

/** A payoff for a contract that had already ended: all of it is the customer's credit, no event. */
export function creditedPayment(ids: NewPayment, s: Omit<Settling, 'settled'>): Payment {
  const { source, amount, paymentDate, settlement } = s;
  return { ...ids, ...none, source, purpose: 'EARLY_SETTLEMENT', amount, paymentDate, settlement, overpayment: amount, effect: 'CREDITED' };
}

/** An extraordinary amortization (R-LN-5): the whole amount in `unallocated`, the new plan recorded with it. */
export function amortizationPayment(ids: NewPayment, paymentDate: IsoDate, mode: AmortizationMode, done: ExtraAmortization, previousInstallment: Money, amount: Money): Payment {
  const rows = done.rows.map((r) => ({ number: r.number, dueDate: r.dueDate, amount: r.installment }));
  const amortization = { mode, interestSettled: done.interestSettled, balance: done.balance, previousInstallment, installment: done.installment, remainingInstallments: done.remainingInstallments, rows };
  return { ...ids, ...none, source: 'MANUAL', purpose: 'EXTRA_AMORTIZATION', amount, paymentDate, unallocated: amount, amortization };
}
