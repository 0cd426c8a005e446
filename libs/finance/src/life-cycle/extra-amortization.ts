import { IsoDate } from '../dates/iso-date';
import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Money } from '../money/money';
import { ContractPosition, PositionRow, paidPrefixLength } from '../position/contract-position';
import { dueBy, positionPayoff } from '../position/position-payoff';
import { priceInstallment } from '../schedule/installment';
import { amortizationPlan } from './amortization-plan';

/** REDUCE_TERM keeps the installment and shortens the plan; REDUCE_INSTALLMENT keeps the rows and lowers the installment. */
export const AMORTIZATION_MODES = ['REDUCE_TERM', 'REDUCE_INSTALLMENT'] as const;
export type AmortizationMode = (typeof AMORTIZATION_MODES)[number];

export interface ExtraAmortizationRequest {
  readonly date: IsoDate;
  /** E: what the borrower pays now, over the installments. */
  readonly amount: Money;
  readonly mode: AmortizationMode;
}

export interface ExtraAmortization {
  /** P_t: the payoff on the date, before the amortization. */
  readonly payoff: Money;
  /** I_t: the payoff's interest, which E pays first. */
  readonly interestSettled: Money;
  /** B' = P_t − E: the new plan's starting balance. */
  readonly balance: Money;
  /** The new plan's level installment (REDUCE_TERM: the position's own). */
  readonly installment: Money;
  readonly remainingInstallments: number;
  readonly rows: readonly PositionRow[];
  /** The amended position: start (date, B'), the new rows, none paid. */
  readonly position: ContractPosition;
}

const refuse = (code: FinanceError['code'], message: string) => err(new FinanceError(code, message, 'amount'));

/**
 * A partial payoff (FINANCE.md `extraAmortization`, seed 003 §4.7) on a position: E pays the
 * interest I_t first, the new balance B' = P_t − E runs on the position's remaining due dates.
 * Refuses payoff's errors (CONTRACT_SETTLED, DATE_BEFORE_LAST_PAYMENT, OVERDUE_INSTALLMENTS),
 * INSTALLMENTS_PAID_AHEAD when a row after the first unpaid one is already paid (the plan would
 * replace it) or a paid row is not yet due on the date (the new plan would start before it), EXTRA_AMOUNT_SETTLES_CONTRACT when E ≥ P_t and EXTRA_AMOUNT_TOO_SMALL when E ≤ I_t.
 */
export function extraAmortization(position: ContractPosition, request: ExtraAmortizationRequest): Result<ExtraAmortization> {
  const { date, amount, mode } = request;
  if (!amount.isPositive()) return refuse('INVALID_INPUT', 'O valor da amortização deve ser maior que zero.');
  const quote = positionPayoff(position, date);
  if (!quote.ok) return quote;
  const k = paidPrefixLength(position);
  const slots = position.rows.slice(k);
  if (slots.some((row) => row.paid) || dueBy(position, k, date) < k) {
    return refuse('INSTALLMENTS_PAID_AHEAD', 'Há parcelas pagas antecipadamente: a amortização extraordinária não pode refazer o plano dessas parcelas.');
  }
  const { payoff, interest } = quote.value;
  if (amount.gte(payoff)) return refuse('EXTRA_AMOUNT_SETTLES_CONTRACT', 'O valor informado quita o contrato nesta data: faça a quitação antecipada.');
  if (amount.lte(interest)) return refuse('EXTRA_AMOUNT_TOO_SMALL', 'O valor informado não cobre os juros devidos até a data da amortização.');
  const balance = payoff.minus(amount);
  const installment =
    mode === 'REDUCE_INSTALLMENT' ? priceInstallment(balance, position.rate, slots.length, date.daysUntil(slots[0].dueDate)) : position.installment;
  const rows = amortizationPlan({ balance, start: date, rate: position.rate, slots, installment, closeEarly: mode === 'REDUCE_TERM' });
  return ok({
    payoff,
    interestSettled: interest,
    balance,
    installment,
    remainingInstallments: rows.length,
    rows,
    position: { rate: position.rate, start: { date, balance }, installment, rows },
  });
}
