import { Cet, cet } from '../cet/cet';
import { IsoDate } from '../dates/iso-date';
import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { iof } from '../iof/iof';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS, ParameterRegistry } from '../parameters/catalog';
import { ContractPosition } from '../position/contract-position';
import { positionPayoff } from '../position/position-payoff';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { PriceSchedule, priceSchedule } from '../schedule/price-schedule';

export interface RefinanceRequest {
  /** t: the new contract's date, on which the old one is paid off. */
  readonly date: IsoDate;
  readonly newRate: MonthlyRate;
  readonly newTerm: LoanTerm;
  /** After t. */
  readonly newFirstDueDate: IsoDate;
  /** New money released to the borrower, ≥ 0 (default 0). */
  readonly troco?: Money;
}

export interface Refinancing extends Cet {
  /** P_t: the old position's payoff on t. */
  readonly oldPayoff: Money;
  readonly troco: Money;
  /** IOF on the troco only (DECREE, new terms from t). */
  readonly iof: Money;
  /** F = P_t + troco + IOF: the new principal. */
  readonly financedAmount: Money;
  readonly installment: Money;
  readonly dates: LoanDates;
  readonly schedule: PriceSchedule;
  readonly iofVersion: string;
}

/**
 * Installments paid of a position, counted as the contract counts them: rows before the
 * position's first one (settled before its start) plus its rows paid, in any order.
 */
export const paidCount = (position: ContractPosition): number =>
  position.rows[0].number - 1 + position.rows.filter((row) => row.paid).length;

/**
 * Refinancing of a position (FINANCE.md `refinance`, seed 002 §9): the new contract pays off the
 * old on t and releases the troco. Order of refusals: invalid input (troco < 0, new first due
 * date not after t); REFINANCE_TOO_EARLY unless 5k ≥ n (k = {@link paidCount}, n = the last row's
 * number: seed 002 §11.3.1, 20% paid); then payoff's errors. IOF is charged on the troco alone
 * (Decreto 6.306/2007 art. 7 §7: the old balance was taxed at origination); CET of the credit
 * granted, P_t + troco, released on t.
 */
export function refinance(position: ContractPosition, request: RefinanceRequest, registry: ParameterRegistry = DEFAULT_PARAMETERS): Result<Refinancing> {
  const { date, newRate: rate, newTerm: term } = request;
  const troco = request.troco ?? Money.ZERO;
  if (troco.isNegative()) return err(new FinanceError('INVALID_INPUT', 'O troco não pode ser negativo.', 'troco'));
  const dates = LoanDates.create(date, request.newFirstDueDate);
  if (!dates.ok) return dates;
  const n = position.rows[position.rows.length - 1].number;
  const k = paidCount(position);
  if (5 * k < n) return err(new FinanceError('REFINANCE_TOO_EARLY', `O refinanciamento exige ao menos 20% das parcelas pagas: ${k} de ${n}.`, 'paidInstallments'));
  const payoff = positionPayoff(position, date);
  if (!payoff.ok) return payoff;
  const parameters = registry.iof.at(date);
  if (!parameters.ok) return parameters;
  const tax = troco.isZero() ? Money.ZERO : iof({ base: troco, rate, term, dates: dates.value, method: 'DECREE' }, parameters.value.value).iof;
  const oldPayoff = payoff.value.payoff;
  const financedAmount = oldPayoff.plus(troco).plus(tax);
  const schedule = priceSchedule({ principal: financedAmount, rate, term, dates: dates.value });
  const payments = schedule.rows.map((row) => ({ amount: row.installment, date: dates.value.dueDate(row.number) }));
  const effective = cet({ released: oldPayoff.plus(troco), releaseDate: date, payments });
  if (!effective.ok) return effective;
  const installment = schedule.installment;
  return ok({ oldPayoff, troco, iof: tax, financedAmount, installment, dates: dates.value, schedule, iofVersion: parameters.value.id, ...effective.value });
}
