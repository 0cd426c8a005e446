import { Cet } from '../cet/cet';
import { PriceSchedule, ScheduleRow } from '../schedule/price-schedule';

/** A schedule row as the contract prints it (dueDate only when the schedule is dated). */
export function rowJson(row: ScheduleRow): Record<string, unknown> {
  return {
    number: row.number,
    ...(row.dueDate ? { dueDate: row.dueDate.toString() } : {}),
    installment: row.installment.toString(),
    interest: row.interest.toString(),
    amortization: row.amortization.toString(),
    balance: row.balance.toString(),
  };
}

export function scheduleJson(schedule: PriceSchedule): Record<string, unknown> {
  return {
    installment: schedule.installment.toString(),
    totalInterest: schedule.totalInterest.toString(),
    totalPaid: schedule.totalPaid.toString(),
    schedule: schedule.rows.map(rowJson),
  };
}

/** A CET as the life-cycle ops print it: percents with two decimals. */
export function cetJson(cet: Cet): { cetMonthlyPercent: string; cetAnnualPercent: string } {
  return { cetMonthlyPercent: cet.monthlyPercent.toFixed(2), cetAnnualPercent: cet.annualPercent.toFixed(2) };
}
