import { IsoDate } from '../dates/iso-date';
import { Money } from '../money/money';
import { PositionRow } from '../position/contract-position';
import { MonthlyRate } from '../rates/monthly-rate';
import { proRataInterest } from '../rates/pro-rata';

/** A row slot of the plan: its contract number and due date. */
export interface PlanSlot {
  readonly number: number;
  readonly dueDate: IsoDate;
}

export interface PlanInput {
  /** The balance the plan amortizes, from `start` on. */
  readonly balance: Money;
  readonly start: IsoDate;
  readonly rate: MonthlyRate;
  /** The slots the plan may use, in order; the last one closes whatever remains. */
  readonly slots: readonly PlanSlot[];
  readonly installment: Money;
  /** REDUCE_TERM: close at the first row whose balance + interest ≤ installment. */
  readonly closeEarly: boolean;
}

/**
 * The rows of a plan after an extraordinary amortization (FINANCE.md `extraAmortization`): the
 * first row pays R(B' × ((1+i)^(d'/30) − 1)) for the d' days from the start to its due date, later
 * rows R(balance × i); each pays the installment, except the closing row, which pays its balance +
 * interest (the last slot absorbs every residue; with `closeEarly` an earlier row closes as soon
 * as that fits in the installment). Amortizations sum to the balance; the last balance is zero.
 */
export function amortizationPlan(input: PlanInput): PositionRow[] {
  const { rate, slots, installment, closeEarly } = input;
  const i = rate.scaled();
  const rows: PositionRow[] = [];
  let balance = input.balance;
  for (const [index, slot] of slots.entries()) {
    const interest = index === 0 ? proRataInterest(balance, rate, input.start.daysUntil(slot.dueDate)) : balance.timesRounded(i);
    const closes = index === slots.length - 1 || (closeEarly && balance.plus(interest).lte(installment));
    const amortization = closes ? balance : installment.minus(interest);
    balance = balance.minus(amortization);
    rows.push({ ...slot, installment: amortization.plus(interest), interest, amortization, balance, paid: false });
    if (closes) break;
  }
  return rows;
}
