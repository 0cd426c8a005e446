import { type ContractPosition, type FinanceError, type IsoDate, Money, ok, type Result, settlementAmount } from '@consignado/finance';
import type { SettledPosition } from '../../payment/domain/payment';
import type { BillingProps } from './billing';
import { ContractSettledError } from './billing.errors';
import { DateBeforeLastPaymentError, InstallmentsPaidAheadError, OverdueInstallmentsError, PositionUnknownError } from './life-cycle.errors';

/**
 * The billing's finance position: the plan's rate, start and installment with the rows after
 * `afterInstallment`, PAID ones paid — the same position loan values, so both compute the same
 * settlement and amortization (docs/life-cycle.md principles 2 and 3).
 */
export function positionOf(billing: Readonly<BillingProps>): ContractPosition {
  const { plan } = billing;
  if (!plan) throw new PositionUnknownError(billing.contractId);
  const rows = billing.installments
    .filter((i) => i.number > plan.start.afterInstallment)
    .map((i) => {
      if (!i.split) throw new PositionUnknownError(billing.contractId);
      return { number: i.number, dueDate: i.dueDate, installment: i.amount, ...i.split, paid: i.status === 'PAID' };
    });
  return { rate: plan.rate, start: { date: plan.start.date, balance: plan.start.balance }, installment: plan.installment, rows };
}

/** Finance's settlement amount on `date` (payoff, or consolidated debt when rows are overdue), with the rows it ends; a refusal as finance says it. */
export function settlementOf(billing: Readonly<BillingProps>, position: ContractPosition, date: IsoDate): Result<SettledPosition> {
  const settlement = settlementAmount(position, date);
  if (!settlement.ok) return settlement;
  const unpaid = billing.installments.filter((i) => i.status === 'PENDING');
  return ok({ kind: settlement.value.kind, amount: settlement.value.amount, installments: unpaid.map((i) => i.number), remainingUndiscounted: Money.sum(unpaid.map((i) => i.amount)) });
}

/** A finance refusal of a balance operation asked over HTTP, as this API's code; anything else is a bug and is thrown as is. */
export function refusalOf(error: FinanceError): Error {
  switch (error.code) {
    case 'CONTRACT_SETTLED':
      return new ContractSettledError();
    case 'DATE_BEFORE_LAST_PAYMENT':
      return new DateBeforeLastPaymentError(error.message);
    case 'OVERDUE_INSTALLMENTS':
      return new OverdueInstallmentsError();
    case 'INSTALLMENTS_PAID_AHEAD':
      return new InstallmentsPaidAheadError();
    default:
      return error;
  }
}
