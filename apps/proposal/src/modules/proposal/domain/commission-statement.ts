import { civilDateInBrazil, type IsoDate, Money } from '@consignado/finance';
import type { Commission, CommissionStatus } from './commission';
import { inPeriod, type StatementPeriod } from './statement-period';

/** One contract's commission as the partner's statement reads it. */
export interface CommissionRecord {
  readonly proposalId: string;
  readonly contractId: string;
  readonly activatedAt: string;
  readonly commission: Commission;
}

/** EARNING on the activation's date; CLAWBACK (negative) on the reversal's date. */
export type StatementLineKind = 'EARNING' | 'CLAWBACK';

export interface StatementLine {
  readonly kind: StatementLineKind;
  /** The Brazilian civil date of the line's event: activation (EARNING) or reversal (CLAWBACK). */
  readonly date: IsoDate;
  readonly record: CommissionRecord;
  /** The commission's status at the period's end: a later reversal leaves a closed period as it was. */
  readonly status: CommissionStatus;
  readonly amount: Money;
}

export interface CommissionStatement {
  readonly period: StatementPeriod;
  readonly lines: readonly StatementLine[];
  readonly earned: Money;
  /** The CLAWBACK lines' sum: zero or negative. */
  readonly clawedBack: Money;
  /** earned + clawedBack. */
  readonly net: Money;
}

/**
 * A partner's statement by event date (seed 003 §6.3): each commission earned in the period is an
 * EARNING line, each reversed in it a CLAWBACK line of minus the amount — so a commission earned in
 * March and regretted in April is +amount in March's statement and −amount in April's.
 */
export function commissionStatement(period: StatementPeriod, records: readonly CommissionRecord[]): CommissionStatement {
  const lines = records.flatMap((record) => linesOf(period, record)).sort(byEvent);
  const sum = (kind: StatementLineKind) => Money.sum(lines.filter((l) => l.kind === kind).map((l) => l.amount));
  const [earned, clawedBack] = [sum('EARNING'), sum('CLAWBACK')];
  return { period, lines, earned, clawedBack, net: earned.plus(clawedBack) };
}

function linesOf(period: StatementPeriod, record: CommissionRecord): StatementLine[] {
  const { amount, reversedAt } = record.commission;
  const reversal = reversedAt === undefined ? undefined : civilDateInBrazil(new Date(reversedAt));
  const reversedByEnd = reversal !== undefined && !reversal.isAfter(period.to);
  const activation = civilDateInBrazil(new Date(record.activatedAt));
  const lines: StatementLine[] = [];
  if (inPeriod(period, activation)) lines.push({ kind: 'EARNING', date: activation, record, status: reversedByEnd ? 'REVERSED' : 'EARNED', amount: Money.of(amount) });
  if (reversal && inPeriod(period, reversal)) lines.push({ kind: 'CLAWBACK', date: reversal, record, status: 'REVERSED', amount: Money.ZERO.minus(Money.of(amount)) });
  return lines;
}

const instantOf = (line: StatementLine): string => (line.kind === 'EARNING' ? line.record.activatedAt : (line.record.commission.reversedAt ?? ''));

/** Oldest event first; ties by proposal, earning before clawback. */
function byEvent(a: StatementLine, b: StatementLine): number {
  const at = Date.parse(instantOf(a)) - Date.parse(instantOf(b));
  return at || a.record.proposalId.localeCompare(b.record.proposalId) || (a.kind === 'EARNING' ? -1 : 1);
}
