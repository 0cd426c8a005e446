import type { Decimal, IsoDate, Money, MonthlyRate } from '@consignado/finance';

/** What the destination offers the customer (CMN 5.057/2022: rate, term, installment, CET). */
export interface DestinationOffer {
  readonly monthlyRate: MonthlyRate;
  readonly termMonths: number;
  readonly installment: Money;
  /** Annual CET as a fraction ("0.2612" = 26.12% a.a.). */
  readonly annualCet: Decimal;
}

/** The origin's counter-offer to keep the customer. */
export interface RetentionOffer {
  readonly monthlyRate: MonthlyRate;
  readonly installment: Money;
  readonly termMonths: number;
}

/** The origin's answer: the contract's balance to transfer and its current terms. */
export interface OriginAnswer {
  readonly balance: Money;
  readonly balanceDate: IsoDate;
  readonly remainingInstallments: number;
  readonly installment: Money;
  readonly monthlyRate: MonthlyRate;
  readonly retentionOffer?: RetentionOffer;
}

const sameRetention = (a?: RetentionOffer, b?: RetentionOffer): boolean =>
  a === undefined || b === undefined ? a === b : a.monthlyRate.eq(b.monthlyRate) && a.installment.eq(b.installment) && a.termMonths === b.termMonths;

/** True when `b` says exactly what `a` said: a retry, not a new answer. */
export function sameAnswer(a: OriginAnswer, b: OriginAnswer): boolean {
  return (
    a.balance.eq(b.balance) &&
    a.balanceDate.equals(b.balanceDate) &&
    a.remainingInstallments === b.remainingInstallments &&
    a.installment.eq(b.installment) &&
    a.monthlyRate.eq(b.monthlyRate) &&
    sameRetention(a.retentionOffer, b.retentionOffer)
  );
}
