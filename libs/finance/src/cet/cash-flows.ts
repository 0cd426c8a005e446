import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { IsoDate } from '../dates/iso-date';
import { Decimal } from '../decimal/dec';
import { Money } from '../money/money';

export interface Payment {
  readonly amount: Money;
  readonly date: IsoDate;
}

export interface CetInput {
  /** What the borrower receives (the requested amount, not the financed one). */
  readonly released: Money;
  readonly releaseDate: IsoDate;
  readonly payments: readonly Payment[];
}

/** The cash flows of a CET, ordered by date: amounts with their day offsets from the release. */
export interface CashFlows {
  readonly released: Decimal;
  readonly amounts: readonly Decimal[];
  readonly days: readonly number[];
  /** The same amounts in cents, for the float bracketing only. */
  readonly releasedCents: bigint;
  readonly amountCents: readonly bigint[];
  /** For each payment, the index of the first payment of the same amount (lets sums share work). */
  readonly amountClass: readonly number[];
  /** Days between consecutive payments (the first from the release), and their distinct values ascending. */
  readonly gaps: readonly number[];
  readonly distinctGaps: readonly number[];
}

/** Checks a CET input: positive amounts, at least one payment, every payment after the release. */
export function toCashFlows(input: CetInput): Result<CashFlows> {
  const fail = (message: string, field: string) => err(new FinanceError('INVALID_INPUT', message, field));
  if (!input.released.isPositive()) return fail('O valor liberado deve ser maior que zero.', 'released');
  if (input.payments.length === 0) return fail('Informe ao menos um pagamento.', 'payments');
  const sorted = [...input.payments].sort((a, b) => a.date.epochDay - b.date.epochDay);
  for (const payment of sorted) {
    if (!payment.amount.isPositive()) return fail('Cada pagamento deve ser maior que zero.', 'payments');
    if (!payment.date.isAfter(input.releaseDate)) return fail('Cada pagamento deve vencer depois da liberação.', 'payments');
  }
  const days = sorted.map((p) => input.releaseDate.daysUntil(p.date));
  const gaps = days.map((day, j) => day - (j > 0 ? days[j - 1] : 0));
  return ok({
    released: input.released.toDecimal(),
    amounts: sorted.map((p) => p.amount.toDecimal()),
    days,
    releasedCents: input.released.cents,
    amountCents: sorted.map((p) => p.amount.cents),
    amountClass: classes(sorted.map((p) => p.amount.cents)),
    gaps,
    distinctGaps: [...new Set(gaps)].sort((a, b) => a - b),
  });
}

/** For each value, the index of its first occurrence. */
function classes(values: readonly bigint[]): number[] {
  const first = new Map<bigint, number>();
  return values.map((value, index) => {
    const known = first.get(value);
    if (known !== undefined) return known;
    first.set(value, index);
    return index;
  });
}
