import type { ContractAmendment } from '../contract-amendment';
import type { ContractProps } from '../contract-props';
import type { ContractEvent } from '../contract-events';

/**
 * The plan changed after an extraordinary amortization (R-LN-5): the new start, installment and
 * rows, for payment (re-plans its billing), the connector (alters the deduction at Dataprev) and
 * notification.
 */
export function contractAmended(c: ContractProps, a: ContractAmendment, amendedAt: Date): ContractEvent {
  const { plan } = a;
  return {
    type: 'ContractAmended',
    payload: {
      contractId: c.id, customerId: c.customerId, paymentId: a.paymentId, reason: 'EXTRA_AMORTIZATION', mode: a.mode,
      amount: a.amount.toString(), interestSettled: a.interestSettled.toString(), effectiveDate: a.effectiveDate.toString(),
      balance: plan.startBalance.toString(), previousInstallmentAmount: a.previousInstallment.toString(), installmentAmount: plan.installment.toString(),
      remainingInstallments: a.rows.length, termMonths: plan.termMonths,
      schedule: a.rows.map(({ snapshot: r }) => ({
        number: r.number, dueDate: r.dueDate.toString(), amount: r.amount.toString(), interest: r.interest.toString(), amortization: r.amortization.toString(), balance: r.balance.toString(),
      })),
      amendedAt: amendedAt.toISOString(),
    },
  };
}
