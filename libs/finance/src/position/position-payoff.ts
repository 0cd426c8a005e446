import { IsoDate } from '../dates/iso-date';
import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Money } from '../money/money';
import { presentValue } from '../rates/present-value';
import { proRataInterest } from '../rates/pro-rata';
import { ContractPosition, anchorAfter, paidPrefixLength } from './contract-position';

/** What the rows after an anchor are worth on a date. */
export interface PositionPayoff {
  readonly date: IsoDate;
  /** The balance at the anchor: after the last row counted (the start balance when none). */
  readonly balance: Money;
  /** Pro-rata interest on that balance from the anchor's date to the date. */
  readonly interest: Money;
  /** Present value on the date of the later rows already paid ("0.00" when none was paid ahead). */
  readonly prepaidDiscount: Money;
  /** balance + interest − prepaidDiscount. */
  readonly payoff: Money;
  /** Sum of the unpaid installments after the anchor: what running them out would cost. */
  readonly remainingUndiscounted: Money;
}

/**
 * The rows after the first `count` valued on `date`: the balance after row `count` plus pro-rata
 * interest to the date (future interest is not charged, CDC art. 52 §2), less each later row
 * already paid at its present value R(x / (1+i)^(d/30)). Requires the anchor's date ≤ date ≤ the
 * due date of every later paid row (the callers choose the anchor so).
 */
export function valueAfter(position: ContractPosition, count: number, date: IsoDate): PositionPayoff {
  const anchor = anchorAfter(position, count);
  const later = position.rows.slice(count);
  const interest = anchor.balance.isZero() ? Money.ZERO : proRataInterest(anchor.balance, position.rate, anchor.date.daysUntil(date));
  const ahead = later.filter((row) => row.paid).map((row) => presentValue(row.installment, position.rate, date.daysUntil(row.dueDate)));
  const prepaidDiscount = Money.sum(ahead);
  return {
    date,
    balance: anchor.balance,
    interest,
    prepaidDiscount,
    payoff: anchor.balance.plus(interest).minus(prepaidDiscount),
    remainingUndiscounted: Money.sum(later.filter((row) => !row.paid).map((row) => row.installment)),
  };
}

/**
 * Early settlement of a position on `date` (FINANCE.md "Payoff", generalised): k = the paid
 * prefix; the anchor is the last of those rows already due on the date (the start when none), so
 * interest runs from its due date, and every later row already paid — paid ahead of its due date —
 * is deducted at its present value. A customer who paid installments ahead can still settle (or
 * refinance) before they fall due. Fails with CONTRACT_SETTLED (every row paid),
 * DATE_BEFORE_LAST_PAYMENT (date before the start) or OVERDUE_INSTALLMENTS (date after due date k+1).
 */
export function positionPayoff(position: ContractPosition, date: IsoDate): Result<PositionPayoff> {
  const k = paidPrefixLength(position);
  if (k === position.rows.length) return err(new FinanceError('CONTRACT_SETTLED', 'Contrato já quitado: todas as parcelas foram pagas.'));
  if (date.isBefore(position.start.date)) {
    return err(new FinanceError('DATE_BEFORE_LAST_PAYMENT', `A data de quitação não pode ser anterior a ${position.start.date.toString()}.`, 'date'));
  }
  if (date.isAfter(position.rows[k].dueDate)) {
    return err(new FinanceError('OVERDUE_INSTALLMENTS', 'Há parcelas vencidas e não pagas: regularize-as antes de quitar o contrato.', 'date'));
  }
  return ok(valueAfter(position, dueBy(position, k, date), date));
}

/** How many of the first `k` rows (all paid) fell due on or before `date`: the anchor of a payoff. */
export function dueBy(position: ContractPosition, k: number, date: IsoDate): number {
  return position.rows.slice(0, k).filter((row) => !row.dueDate.isAfter(date)).length;
}
