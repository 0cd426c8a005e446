import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { IsoDate } from '../dates/iso-date';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { firstInstallments, positionFromSchedule } from '../position/position-builders';
import { positionPayoff } from '../position/position-payoff';
import { LoanDates } from './loan-dates';
import { LoanTerm } from './loan-term';
import { PriceSchedule, priceSchedule } from './price-schedule';

export interface PayoffQuote {
  /** B_k: the balance after the last paid row (the principal when none is paid). */
  readonly balance: Money;
  /** Pro-rata interest from the last paid due date (or the contract date) to the payoff date. */
  readonly interest: Money;
  /** balance + interest: what settles the contract on that date. */
  readonly payoff: Money;
  /** Sum of the unpaid installments: what the borrower would pay by running the contract out. */
  readonly remainingUndiscounted: Money;
}

export interface PayoffRequest {
  readonly schedule: PriceSchedule;
  readonly rate: MonthlyRate;
  readonly dates: LoanDates;
  /** Installments 1..k are paid. */
  readonly paidInstallments: number;
  readonly date: IsoDate;
}

/**
 * Early settlement on `date` when installments 1..k are paid (FINANCE.md; CDC art. 52 §2: future
 * interest is not charged): the {@link positionPayoff} of the contract's position with 1..k paid,
 * each on its due date (so no installment is ahead of the date).
 * Fails with INVALID_INPUT (k outside 0..n), CONTRACT_SETTLED (k = n), DATE_BEFORE_LAST_PAYMENT
 * (date before due date k, or before the contract date when k = 0) or OVERDUE_INSTALLMENTS (date
 * after due date k+1, which is then unpaid and overdue).
 */
export function payoffQuote(request: PayoffRequest): Result<PayoffQuote> {
  const { schedule, rate, dates, paidInstallments: k, date } = request;
  const n = schedule.rows.length;
  if (!Number.isInteger(k) || k < 0 || k > n) {
    return err(new FinanceError('INVALID_INPUT', `Parcelas pagas deve ser um inteiro de 0 a ${n}.`, 'paidInstallments'));
  }
  // Here 1..k were paid on their due dates: a date before due date k precedes the last payment.
  const lastPayment = k === 0 ? undefined : dates.dueDate(k);
  if (lastPayment && date.isBefore(lastPayment) && k < n) {
    return err(new FinanceError('DATE_BEFORE_LAST_PAYMENT', `A data de quitação não pode ser anterior a ${lastPayment.toString()}.`, 'date'));
  }
  const quote = positionPayoff(positionFromSchedule(schedule, rate, dates, firstInstallments(k)), date);
  if (!quote.ok) return quote;
  const { balance, interest, payoff, remainingUndiscounted } = quote.value;
  return ok({ balance, interest, payoff, remainingUndiscounted });
}

export interface PayoffInput {
  readonly principal: Money;
  readonly rate: MonthlyRate;
  readonly term: LoanTerm;
  readonly dates: LoanDates;
  readonly paidInstallments: number;
  readonly date: IsoDate;
}

/** {@link payoffQuote} for a contract given by its terms (the schedule is rebuilt). */
export function payoff(input: PayoffInput): Result<PayoffQuote> {
  const schedule = priceSchedule({ principal: input.principal, rate: input.rate, term: input.term, dates: input.dates });
  return payoffQuote({ ...input, schedule });
}
