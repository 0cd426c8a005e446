import type { IsoDate } from '@consignado/finance';
import type { ContractProps } from './contract-props';

/**
 * The latest date a payment was recorded on the contract, when it is after `date`; otherwise
 * undefined. A valuation on `date` counts every PAID row as paid then (one paid ahead is discounted
 * to the date), which only holds if no payment on record is later than the date.
 */
export function lastPaymentAfter(contract: ContractProps, date: IsoDate): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const { snapshot: { payment } } of contract.installments) {
    if (payment && payment.paidDate.isAfter(date) && (!latest || payment.paidDate.isAfter(latest))) latest = payment.paidDate;
  }
  return latest;
}

/**
 * The day a balance asked "as of today" is taken on: today, or — when the business clock stands
 * before the plan in force or a payment on record (a clock moved back, a payroll batch dated
 * ahead) — the latest of those, so the view still answers and says the date it used.
 */
export function balanceDateFrom(contract: ContractProps, today: IsoDate): IsoDate {
  const latest = lastPaymentAfter(contract, today) ?? today;
  return contract.plan.startDate.isAfter(latest) ? contract.plan.startDate : latest;
}
