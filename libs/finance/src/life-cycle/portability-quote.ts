import { Cet, cet } from '../cet/cet';
import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { PriceSchedule, priceSchedule } from '../schedule/price-schedule';

export interface PortabilityRequest {
  /** B: the balance on the origin bank's statement. */
  readonly balance: Money;
  /** m: installments left at the origin. */
  readonly remainingInstallments: LoanTerm;
  readonly originInstallment: Money;
  /** The destination's monthly rate. */
  readonly rate: MonthlyRate;
  /** The new term (default m). */
  readonly term?: LoanTerm;
  readonly dates: LoanDates;
}

export interface PortabilityQuote extends Cet {
  readonly term: LoanTerm;
  readonly installment: Money;
  /** Σ of the new schedule's installments. */
  readonly totalPaid: Money;
  /** originInstallment − installment (> 0). */
  readonly installmentSaving: Money;
  /** originInstallment × m − totalPaid (negative when a longer plan costs more in total). */
  readonly totalSaving: Money;
  readonly schedule: PriceSchedule;
}

/**
 * A portability-in quote (FINANCE.md `portabilityQuote`, seed 002 §10, seed 003 §3.2): Price on the
 * ported balance at the destination's rate, no IOF (Portaria MF 301/2006). Refuses
 * TERM_EXCEEDS_REMAINING when the term exceeds m (Res. CMN 5.057/2022) and NO_SAVING unless the
 * new installment is below the origin's. CET of B released on the contract date.
 */
export function portabilityQuote(request: PortabilityRequest): Result<PortabilityQuote> {
  const { balance, rate, dates, originInstallment } = request;
  const m = request.remainingInstallments.months;
  const term = request.term ?? request.remainingInstallments;
  if (term.months > m) {
    return err(new FinanceError('TERM_EXCEEDS_REMAINING', `O prazo da portabilidade não pode exceder as ${m} parcelas restantes do contrato de origem.`, 'term'));
  }
  const schedule = priceSchedule({ principal: balance, rate, term, dates });
  if (schedule.installment.gte(originInstallment)) {
    return err(new FinanceError('NO_SAVING', 'A portabilidade não reduz a parcela do contrato de origem.', 'monthlyRate'));
  }
  const payments = schedule.rows.map((row) => ({ amount: row.installment, date: dates.dueDate(row.number) }));
  const effective = cet({ released: balance, releaseDate: dates.contractDate, payments });
  if (!effective.ok) return effective;
  const { installment, totalPaid } = schedule;
  const installmentSaving = originInstallment.minus(installment);
  const totalSaving = Money.ofCents(originInstallment.cents * BigInt(m)).minus(totalPaid);
  return ok({ term, installment, totalPaid, installmentSaving, totalSaving, schedule, ...effective.value });
}
