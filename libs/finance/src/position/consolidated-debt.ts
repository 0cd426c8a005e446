import { lateChargesInForce } from '../charges/late-charges';
import { IsoDate } from '../dates/iso-date';
import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import type { EffectiveDated } from '../parameters/effective-dated';
import type { LateChargeParameters } from '../parameters/parameter-types';
import { ContractPosition, PositionRow } from './contract-position';
import { PositionPayoff, valueAfter } from './position-payoff';

/** An unpaid row due before the valuation date, with its late charges to that date. */
export interface OverdueInstallment {
  readonly number: number;
  readonly dueDate: IsoDate;
  readonly installment: Money;
  readonly daysLate: number;
  readonly fine: Money;
  readonly mora: Money;
  /** installment + fine + mora. */
  readonly total: Money;
}

/** Everything a position owes on a date, overdue rows apart from the rest. */
export interface ConsolidatedDebt {
  readonly date: IsoDate;
  readonly overdue: readonly OverdueInstallment[];
  /** Σ overdue installments, Σ fines, Σ mora. */
  readonly overdueAmount: Money;
  readonly fine: Money;
  readonly mora: Money;
  /** The rows after the anchor valued on the date (zero when the anchor is the last row). */
  readonly remaining: PositionPayoff;
  /** overdueAmount + fine + mora + remaining.payoff (no discount). */
  readonly total: Money;
  /** The late-charge parameter version in force on the date. */
  readonly lateChargesVersion: string;
}

/**
 * The anchor a of a valuation on `date`: the rows due before the date, plus the row due on the
 * date when it is already paid. Rows 1..a unpaid are overdue (or due today and unpaid: not late,
 * so they are valued in the rest); every later paid row is due on or after the date.
 */
export function valuationAnchor(position: ContractPosition, date: IsoDate): number {
  const dueBefore = position.rows.filter((row) => row.dueDate.isBefore(date)).length;
  const dueToday = position.rows[dueBefore];
  return dueToday?.paid && dueToday.dueDate.equals(date) ? dueBefore + 1 : dueBefore;
}

/**
 * The consolidated debt of a position on `date` (FINANCE.md `workoutOffer`'s debt without a
 * discount; seed 002 §7 "saldo devedor atualizado"): each overdue row with fine and mora to the
 * date, plus the rest valued from the anchor ({@link valuationAnchor}) like a payoff. With rows
 * 1..k paid and the date between due dates k and k+1 it equals the payoff. Fails with
 * DATE_BEFORE_LAST_PAYMENT before the start date, NO_PARAMETER_IN_FORCE without late charges.
 */
export function consolidatedDebt(
  position: ContractPosition,
  date: IsoDate,
  lateCharges: EffectiveDated<LateChargeParameters> = DEFAULT_PARAMETERS.lateCharges,
): Result<ConsolidatedDebt> {
  if (date.isBefore(position.start.date)) {
    return err(new FinanceError('DATE_BEFORE_LAST_PAYMENT', `A data não pode ser anterior a ${position.start.date.toString()}.`, 'date'));
  }
  const version = lateCharges.at(date);
  if (!version.ok) return version;
  const anchor = valuationAnchor(position, date);
  const overdue = position.rows.slice(0, anchor).filter((row) => !row.paid).map((row) => charged(row, date, lateCharges));
  const sum = (pick: (row: OverdueInstallment) => Money) => Money.sum(overdue.map(pick));
  const remaining = valueAfter(position, anchor, date);
  const [overdueAmount, fine, mora] = [sum((r) => r.installment), sum((r) => r.fine), sum((r) => r.mora)];
  const total = overdueAmount.plus(fine).plus(mora).plus(remaining.payoff);
  return ok({ date, overdue, overdueAmount, fine, mora, remaining, total, lateChargesVersion: version.value.id });
}

function charged(row: PositionRow, date: IsoDate, versions: EffectiveDated<LateChargeParameters>): OverdueInstallment {
  const charges = lateChargesInForce({ installment: row.installment, dueDate: row.dueDate, paymentDate: date }, versions);
  if (!charges.ok) throw charges.error; // checked in force on the date above
  const { daysLate, fine, mora, total } = charges.value;
  return { number: row.number, dueDate: row.dueDate, installment: row.installment, daysLate, fine, mora, total };
}

/** Everything owed on `date` if it were all paid that day: the consolidated debt's total. */
export function updatedBalance(position: ContractPosition, date: IsoDate): Result<Money> {
  const debt = consolidatedDebt(position, date);
  return debt.ok ? ok(debt.value.total) : debt;
}
