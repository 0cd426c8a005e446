import { IsoDate } from '@consignado/finance';
import { projectContract } from '../../contract-projection/domain/project-contract';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import { oldContract } from '../../contract-projection/testing/position.fixtures';

/** Test data only: every date is relative to this "today". */
export const TODAY = IsoDate.of('2026-06-15');

/**
 * The hand-worked contract (5 × 211.24) of `customerId` moved so that its rows fall due on
 * `today` + the given month offsets; `paidDaysLate[i]` pays row i that many days after its due
 * date (undefined: still PENDING).
 */
export function contractDue(customerId: string, offsets: readonly number[], paidDaysLate: readonly (number | undefined)[], overrides = {}): ProjectedContract {
  const due = offsets.map((k) => TODAY.plusMonths(k));
  const start = due[0].plusMonths(-1).toString();
  const base = oldContract({ customerId, paid: 0, ...overrides });
  const installments = base.installments.map((row, i) => {
    const late = paidDaysLate[i];
    return { ...row, dueDate: due[i].toString(), ...(late === undefined ? { status: 'PENDING' as const } : { status: 'PAID' as const, paidOn: due[i].plusDays(late).toString() }) };
  });
  return projectContract({ ...base, contractDate: start, firstDueDate: due[0].toString(), planStart: { ...base.planStart, date: start }, installments });
}
