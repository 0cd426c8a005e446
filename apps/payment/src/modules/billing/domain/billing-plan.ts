import type { PayloadOf } from '@consignado/contracts';
import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, type PositionRow, positionFromTerms, type Result } from '@consignado/finance';
import { InvalidScheduleError } from './billing.errors';

/** A row's Price decomposition (FINANCE.md): what finance needs to value the contract. */
export interface RowSplit {
  readonly interest: Money;
  /** May be negative on a first row that accrues more than it pays (grace). */
  readonly amortization: Money;
  /** Balance after the row. */
  readonly balance: Money;
}

/** Where the plan in force starts: the contract date and financed amount, or an amortization's date and B′. */
export interface PlanStart {
  readonly date: IsoDate;
  readonly balance: Money;
  /** Rows 1..afterInstallment belong to an earlier plan (0 for the booked schedule). */
  readonly afterInstallment: number;
}

/**
 * The plan in force (docs/life-cycle.md principle 3): the contract rate, the start and the level
 * installment. With the rows after `afterInstallment` it is the contract's finance position.
 */
export interface BillingPlan {
  readonly rate: MonthlyRate;
  readonly start: PlanStart;
  readonly installment: Money;
  /** The EXTRA_AMORTIZATION payment that put this plan in force; absent for the booked schedule. */
  readonly paymentId?: string;
}

/** A row of a plan as billed: number, due date, amount and its decomposition. */
export interface PlannedRow {
  readonly number: number;
  readonly dueDate: IsoDate;
  readonly amount: Money;
  readonly split: RowSplit;
}

export const plannedRow = (row: PositionRow): PlannedRow => ({
  number: row.number,
  dueDate: row.dueDate,
  amount: row.installment,
  split: { interest: row.interest, amortization: row.amortization, balance: row.balance },
});

type Activation = PayloadOf<'ContractActivated'>;

/**
 * The booked plan of an activation, computed with finance from its terms (financed amount, rate,
 * term, contract date, first due date). The event's schedule must be exactly it — rows 1..n, each
 * due date and amount — else BILLING.INVALID_SCHEDULE: the services disagree on money.
 */
export function bookedPlan(activation: Activation): { plan: BillingPlan; rows: PlannedRow[] } {
  const terms = termsOf(activation);
  const position = positionFromTerms(terms, []);
  const rows = position.rows.map(plannedRow);
  assertSchedule(activation, rows);
  const { start, installment } = position;
  return { plan: { rate: terms.rate, start: { date: start.date, balance: start.balance, afterInstallment: 0 }, installment }, rows };
}

function termsOf(a: Activation) {
  const valid = <T>(result: Result<T>): T => {
    if (!result.ok) throw new InvalidScheduleError(result.error.message);
    return result.value;
  };
  const principal = valid(Money.parsePositive(a.financedAmount, 'financedAmount'));
  const rate = valid(MonthlyRate.parse(a.monthlyRate));
  const term = valid(LoanTerm.parse(a.termMonths, 'termMonths'));
  const dates = valid(LoanDates.create(valid(IsoDate.parse(a.contractDate, 'contractDate')), valid(IsoDate.parse(a.firstDueDate, 'firstDueDate'))));
  return { principal, rate, term, dates };
}

function assertSchedule(activation: Activation, computed: readonly PlannedRow[]): void {
  const given = [...activation.schedule].sort((a, b) => a.number - b.number);
  if (given.some((row, k) => row.number !== k + 1)) throw new InvalidScheduleError('parcelas devem ser numeradas de 1 em diante, sem lacunas');
  if (given.length !== activation.termMonths) throw new InvalidScheduleError(`${given.length} parcelas para um prazo de ${activation.termMonths} meses`);
  given.forEach((row, k) => {
    const expected = computed[k];
    const amount = Money.parse(row.amount, `schedule[${row.number}].amount`);
    if (row.dueDate !== expected.dueDate.toString() || !amount.ok || !amount.value.eq(expected.amount)) {
      const calculated = `R$ ${expected.amount.toString()} em ${expected.dueDate.toString()}`;
      throw new InvalidScheduleError(`parcela ${row.number} de R$ ${row.amount} em ${row.dueDate}, mas os termos do contrato dão ${calculated}`);
    }
  });
}
