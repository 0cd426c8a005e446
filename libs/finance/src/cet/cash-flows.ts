import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { IsoDate } from '../dates/iso-date';
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

/** The cash flows of a CET, ordered by date: amounts in cents with their day offsets from the release. */
export interface CashFlows {
  readonly releasedCents: bigint;
  readonly amountCents: readonly bigint[];
  /** Days from the release to each payment. */
  readonly days: readonly number[];
  /** Days between consecutive payments (the first from the release). */
  readonly gaps: readonly number[];
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
  return ok({
    releasedCents: input.released.cents,
    amountCents: sorted.map((p) => p.amount.cents),
    days,
    gaps: days.map((day, j) => day - (j > 0 ? days[j - 1] : 0)),
  });
}
