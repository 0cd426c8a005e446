import { Money } from '@consignado/finance';
import type { ContractProps } from '../contract-props';
import { SCHEDULE_COLUMNS } from './ccb-labels';
import { brl, ptDate } from './pt-br';

/** The schedule as the CCB prints it: columns, one row per installment, and the totals row. */
export interface CcbTable {
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly total: readonly string[];
}

/**
 * The full Price schedule the contract was booked with (schedule.ts, finance's priceSchedule):
 * number, due date, installment, interest, amortization and the balance after it; totals of the
 * installments (the total payable), interest and amortization (the financed amount).
 */
export function ccbSchedule(c: ContractProps): CcbTable {
  const rows = c.installments.map(({ snapshot: r }) => [String(r.number), ptDate(r.dueDate), brl(r.amount), brl(r.interest), brl(r.amortization), brl(r.balance)]);
  const sum = (pick: (r: (typeof c.installments)[number]['snapshot']) => Money) => brl(Money.sum(c.installments.map((i) => pick(i.snapshot))));
  return {
    heading: 'Cronograma de pagamento',
    columns: SCHEDULE_COLUMNS,
    rows,
    total: ['Total', '', sum((r) => r.amount), sum((r) => r.interest), sum((r) => r.amortization), ''],
  };
}
