import type { PayloadOf } from '@consignado/contracts';
import type { IsoDate, Money } from '@consignado/finance';
import { chargesOn } from './late-charges';

export type ReminderKind = PayloadOf<'InstallmentDue'>['kind'];

/** A PENDING installment of an ACTIVE billing, as the daily job reads it. */
export interface ReminderCandidate {
  readonly contractId: string;
  readonly customerId: string;
  readonly installmentNumber: number;
  readonly dueDate: IsoDate;
  readonly amount: Money;
  /** The contract is blocked (R-LN-8). */
  readonly blocked: boolean;
}

/**
 * Which reminder an installment gets on business date `date` (R-PA-1): UPCOMING when due from
 * `date` to `date + daysAhead`, OVERDUE once the due date has passed, none when due later.
 */
export function reminderKind(dueDate: IsoDate, date: IsoDate, daysAhead: number): ReminderKind | undefined {
  if (dueDate.isBefore(date)) return 'OVERDUE';
  return dueDate.isAfter(date.plusDays(daysAhead)) ? undefined : 'UPCOMING';
}

/**
 * The InstallmentDue payload for `date`; an overdue one carries fine, mora and the total due on
 * that date. None while the contract is blocked (R-LN-8): the customer is not asked to pay a
 * contract that takes no payment. After the unblock nothing is back-filled — a run sends what the
 * installment gets on its own date, so an UPCOMING missed while blocked goes out only if still in
 * the window, else the OVERDUE does.
 */
export function reminderFor(candidate: ReminderCandidate, date: IsoDate, daysAhead: number): PayloadOf<'InstallmentDue'> | undefined {
  if (candidate.blocked) return undefined;
  const kind = reminderKind(candidate.dueDate, date, daysAhead);
  if (!kind) return undefined;
  const base = {
    contractId: candidate.contractId,
    customerId: candidate.customerId,
    installmentNumber: candidate.installmentNumber,
    dueDate: candidate.dueDate.toString(),
    amount: candidate.amount.toString(),
    kind,
    referenceDate: date.toString(),
  };
  if (kind === 'UPCOMING') return { ...base, totalDue: base.amount };
  const { daysLate, fine, mora, total } = chargesOn(candidate.amount, candidate.dueDate, date);
  return { ...base, daysLate, fine: fine.toString(), mora: mora.toString(), totalDue: total.toString() };
}
