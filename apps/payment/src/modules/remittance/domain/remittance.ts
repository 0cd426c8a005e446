import { type IsoDate, Money } from '@consignado/finance';
import type { Billing } from '../../billing/domain/billing';
import type { Allocation } from '../../billing/domain/installment-payment';
import type { PayrollDeduction } from '../../billing/domain/payroll-deduction';
import { type LineStatus, reconcileLine, type RemittanceLine } from './reconcile-line';

/** A payroll remittance: what the benefits' paying source deducted for the month (consignado). */
export interface Remittance {
  readonly remittanceId: string;
  /** YYYY-MM. */
  readonly referenceMonth: string;
  readonly paymentDate: IsoDate;
  readonly lines: readonly RemittanceLine[];
}

export interface LineReport {
  /** 1-based position in the remittance. */
  line: number;
  contractId: string;
  installmentNumber: number;
  amount: string;
  status: LineStatus;
  message: string;
}

export interface RemittanceTotals {
  lines: number;
  matched: number;
  mismatched: number;
  matchedAmount: string;
  mismatchedAmount: string;
}

/** The stored reconciliation report; `replayed` is added when answering. */
export interface RemittanceReport {
  remittanceId: string;
  referenceMonth: string;
  paymentDate: string;
  totals: RemittanceTotals;
  lines: LineReport[];
}

export interface MatchedLine {
  readonly contractId: string;
  readonly allocation: Allocation;
  readonly parameters: string;
}

export interface Reconciliation {
  readonly report: RemittanceReport;
  readonly matched: readonly MatchedLine[];
}

/**
 * Reconciles every line against the billings and deductions as they were when the remittance
 * arrived (pure). Two lines for one installment: the later one is DUPLICATE_LINE, so the
 * installment is paid once.
 */
export function reconcileRemittance(remittance: Remittance, billings: ReadonlyMap<string, Billing>, deductions: ReadonlyMap<string, PayrollDeduction>): Reconciliation {
  const seen = new Set<string>();
  const matched: MatchedLine[] = [];
  const lines = remittance.lines.map((line, k): LineReport => {
    const key = `${line.contractId}/${line.installmentNumber}`;
    const outcome = reconcileLine(line, { billing: billings.get(line.contractId), deduction: deductions.get(line.contractId), duplicate: seen.has(key), paymentDate: remittance.paymentDate });
    seen.add(key);
    if (outcome.status === 'MATCHED') matched.push({ contractId: line.contractId, allocation: outcome.allocation, parameters: outcome.parameters });
    return { line: k + 1, contractId: line.contractId, installmentNumber: line.installmentNumber, amount: line.amount.toString(), status: outcome.status, message: outcome.message };
  });
  const report = { remittanceId: remittance.remittanceId, referenceMonth: remittance.referenceMonth, paymentDate: remittance.paymentDate.toString(), totals: totalsOf(lines), lines };
  return { report, matched };
}

function totalsOf(lines: readonly LineReport[]): RemittanceTotals {
  const sum = (ls: readonly LineReport[]) => Money.sum(ls.map((l) => Money.of(l.amount))).toString();
  const matched = lines.filter((l) => l.status === 'MATCHED');
  const mismatched = lines.filter((l) => l.status !== 'MATCHED');
  return { lines: lines.length, matched: matched.length, mismatched: mismatched.length, matchedAmount: sum(matched), mismatchedAmount: sum(mismatched) };
}

/** The remittance's content in canonical form (ISO date, two-decimal amounts): what its hash is taken of. */
export function remittanceContent(remittance: Remittance): unknown {
  return {
    remittanceId: remittance.remittanceId,
    referenceMonth: remittance.referenceMonth,
    paymentDate: remittance.paymentDate.toString(),
    lines: remittance.lines.map((l) => ({ benefitNumber: l.benefitNumber, contractId: l.contractId, installmentNumber: l.installmentNumber, amount: l.amount.toString() })),
  };
}
