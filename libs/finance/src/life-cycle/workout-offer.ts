import { IsoDate } from '../dates/iso-date';
import { Decimal, ONE, ZERO } from '../decimal/dec';
import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Money } from '../money/money';
import { ConsolidatedDebt, consolidatedDebt } from '../position/consolidated-debt';
import { ContractPosition } from '../position/contract-position';
import { positionPayoff } from '../position/position-payoff';
import { hasOverdue } from '../position/settlement';
import { LoanDates, STANDARD_PERIOD_DAYS } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { PriceSchedule, priceSchedule } from '../schedule/price-schedule';
import { shortestTerm } from './shortest-term';

/** Longest grace a workout may give before its first installment. */
export const MAX_WORKOUT_GRACE_DAYS = 365;

export interface WorkoutRequest {
  readonly date: IsoDate;
  /** C: the most the borrower can pay a month. */
  readonly capacity: Money;
  readonly maxTerm: LoanTerm;
  /** δ in [0, 1]: the share of fines and mora forgiven (default 0). */
  readonly lateChargesDiscount?: Decimal;
  /** g in 0..365: days added to the first period (default 0); interest accrues over them. */
  readonly graceDays?: number;
}

export interface WorkoutOffer {
  /** The overdue rows, their charges and the rest's payoff on the date. */
  readonly consolidated: ConsolidatedDebt;
  /** R(δ × (Σ fine + Σ mora)). */
  readonly discount: Money;
  /** consolidated.total − discount: the plan's principal. */
  readonly debt: Money;
  readonly term: LoanTerm;
  readonly installment: Money;
  readonly dates: LoanDates;
  readonly schedule: PriceSchedule;
}

const invalid = (message: string, field: string) => err(new FinanceError('INVALID_INPUT', message, field));

/**
 * A renegotiation of a late position (FINANCE.md `workoutOffer`, seed 003 §4.9): the consolidated
 * debt less the discount on late charges, on a Price plan at the position's rate from t, first due
 * date t + 30 + g days, over the shortest term ≤ maxTerm whose installment fits the capacity. No
 * IOF (no new money). Refuses invalid δ or g, payoff's CONTRACT_SETTLED and
 * DATE_BEFORE_LAST_PAYMENT, NO_OVERDUE_INSTALLMENTS and NO_FEASIBLE_TERM.
 */
export function workoutOffer(position: ContractPosition, request: WorkoutRequest): Result<WorkoutOffer> {
  const { date, capacity, maxTerm } = request;
  const delta = request.lateChargesDiscount ?? ZERO;
  const grace = request.graceDays ?? 0;
  if (delta.lt(ZERO) || delta.gt(ONE)) return invalid('O desconto sobre os encargos deve estar entre 0 e 1.', 'lateChargesDiscount');
  if (!Number.isInteger(grace) || grace < 0 || grace > MAX_WORKOUT_GRACE_DAYS) {
    return invalid(`A carência deve ser um inteiro de 0 a ${MAX_WORKOUT_GRACE_DAYS} dias.`, 'graceDays');
  }
  const payoff = positionPayoff(position, date);
  if (!payoff.ok && payoff.error.code !== 'OVERDUE_INSTALLMENTS') return payoff;
  if (!hasOverdue(position, date)) return err(new FinanceError('NO_OVERDUE_INSTALLMENTS', 'Não há parcelas vencidas e não pagas para renegociar.', 'date'));
  const consolidated = consolidatedDebt(position, date);
  if (!consolidated.ok) return consolidated;
  const discount = consolidated.value.fine.plus(consolidated.value.mora).timesRounded(delta);
  const debt = consolidated.value.total.minus(discount);
  const firstPeriod = STANDARD_PERIOD_DAYS + grace;
  const months = shortestTerm(debt, position.rate, firstPeriod, capacity, maxTerm.months);
  if (months === undefined) {
    return err(new FinanceError('NO_FEASIBLE_TERM', `Nenhum prazo de até ${maxTerm.months} meses cabe na capacidade de pagamento informada.`, 'capacity'));
  }
  const dates = LoanDates.create(date, date.plusDays(firstPeriod));
  if (!dates.ok) throw dates.error; // the first period is at least 30 days
  const term = LoanTerm.of(months);
  const schedule = priceSchedule({ principal: debt, rate: position.rate, term, dates: dates.value });
  return ok({ consolidated: consolidated.value, discount, debt, term, installment: schedule.installment, dates: dates.value, schedule });
}
