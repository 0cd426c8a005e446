import type { IsoDate } from '@consignado/finance';
import type { BillingProps } from './billing';

/**
 * The date a payoff by another party (an insurer's claim, most of all) is valued on: its own
 * date, or — when an installment was paid after it, as INSS keeps deducting after the insured
 * died — the last such payment's date, the rule loan applies (a settlement is never valued before
 * the last payment: else loan refuses the payment and the two services disagree). The settlement
 * is the balance as those payments left it; what the payer sent beyond it is the customer's (the
 * estate's) credit.
 */
export function payoffValuationDate(billing: Readonly<BillingProps>, date: IsoDate): IsoDate {
  return billing.installments.reduce((latest, i) => (i.payment && i.payment.paidDate.isAfter(latest) ? i.payment.paidDate : latest), date);
}
