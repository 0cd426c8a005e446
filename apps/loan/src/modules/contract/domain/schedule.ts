import { priceSchedule, type ScheduleRow } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import type { ContractTerms } from './contract-terms';
import { InstallmentMismatchError } from './contract.errors';
import { Installment } from './installment';

/** A schedule row as an unpaid installment; every booked row has a due date. */
export function installmentFromRow(row: ScheduleRow): Installment {
  if (!row.dueDate) throw new Error(`schedule row ${row.number} has no due date`);
  return new Installment({
    number: row.number,
    dueDate: row.dueDate,
    amount: row.installment,
    interest: row.interest,
    amortization: row.amortization,
    balance: row.balance,
    status: 'PENDING',
  });
}

/**
 * The contract's full Price schedule (FINANCE.md) on the financed amount, rate, term, contract
 * date and first due date. The installment it yields must equal the approved one to the cent:
 * otherwise credit analysis and loan disagree on money and nothing may be booked.
 * Fails with CONTRACT.INSTALLMENT_MISMATCH.
 */
export function bookedSchedule(terms: ContractTerms): Result<Installment[], InstallmentMismatchError> {
  const schedule = priceSchedule({ principal: terms.financedAmount, rate: terms.monthlyRate, term: terms.term, dates: terms.dates });
  if (!schedule.installment.eq(terms.installmentAmount)) {
    return fail(new InstallmentMismatchError(terms.installmentAmount.toString(), schedule.installment.toString()));
  }
  return ok(schedule.rows.map(installmentFromRow));
}
