import { IsoDate } from '../dates/iso-date';
import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';

/** Where a position's plan starts: the contract date and financed amount, or an amortization's date and the balance after it. */
export interface PositionStart {
  readonly date: IsoDate;
  readonly balance: Money;
}

/** One installment of the current plan, numbered as in the contract. */
export interface PositionRow {
  readonly number: number;
  readonly dueDate: IsoDate;
  readonly installment: Money;
  readonly interest: Money;
  readonly amortization: Money;
  /** Balance after this row; zero on the last row. */
  readonly balance: Money;
  readonly paid: boolean;
}

/**
 * A contract's current plan (docs/life-cycle.md principle 3): the rate, a start and the rows from
 * the start on. An amended contract is a position like a new one, so payoff, settlement, extra
 * amortization, refinancing and workout value both alike.
 *
 * Invariants (checked by {@link createPosition}; the builders hold them by construction): at
 * least one row; row numbers consecutive; due dates strictly increasing, the first not before
 * the start date (an amortization on a due date starts a plan whose first row falls due that
 * day). The first row runs from the start balance, each later row from the balance of the one
 * before. `installment` is the plan's level installment (the last row may differ by the rounding
 * residue, an early-closing row may be smaller).
 */
export interface ContractPosition {
  readonly rate: MonthlyRate;
  readonly start: PositionStart;
  readonly installment: Money;
  readonly rows: readonly PositionRow[];
}

const invalid = (message: string, field: string) => err(new FinanceError('INVALID_INPUT', message, field));

/** A position from untrusted parts (e.g. a service's stored plan), refused with INVALID_INPUT when an invariant fails. */
export function createPosition(position: ContractPosition): Result<ContractPosition> {
  const { start, rows } = position;
  if (rows.length === 0) return invalid('A posição do contrato precisa de ao menos uma parcela.', 'rows');
  if (!start.balance.isPositive()) return invalid('O saldo inicial da posição deve ser maior que zero.', 'start.balance');
  let previous = start.date;
  for (const [index, row] of rows.entries()) {
    if (row.number !== rows[0].number + index || row.number < 1) return invalid('As parcelas da posição devem ter números consecutivos.', 'rows');
    const inOrder = index === 0 ? !row.dueDate.isBefore(previous) : row.dueDate.isAfter(previous);
    if (!inOrder) return invalid('Os vencimentos da posição devem ser crescentes, a partir da data de início.', 'rows');
    previous = row.dueDate;
  }
  return ok(position);
}

/** Index (0-based) of the first unpaid row; rows.length when every row is paid. */
export function paidPrefixLength(position: ContractPosition): number {
  const index = position.rows.findIndex((row) => !row.paid);
  return index === -1 ? position.rows.length : index;
}

/**
 * The anchor of a valuation: the date and balance after `count` rows of the plan (the start when
 * count = 0). Interest runs from this date on this balance.
 */
export function anchorAfter(position: ContractPosition, count: number): PositionStart {
  if (count === 0) return position.start;
  const row = position.rows[count - 1];
  return { date: row.dueDate, balance: row.balance };
}
