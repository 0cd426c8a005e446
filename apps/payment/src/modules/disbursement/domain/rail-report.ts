import type { Money } from '@consignado/finance';
import type { AttemptFailure, AttemptStatus, DisbursementAttempt } from './disbursement-attempt';
import { DisbursementEventMismatchError, DisbursementOutcomeConflictError } from './disbursement.errors';

/** What the rail (through averbation-connector) reports about one attempt. */
export interface RailReport {
  disbursementId: string;
  contractId: string;
  customerId: string;
  purpose: string;
  amount: Money;
}

export interface ReleaseReport extends RailReport {
  endToEndId: string;
  releasedAt: Date;
}

export interface FailureReport extends RailReport {
  failure: AttemptFailure;
}

interface Reported {
  contractId: string;
  customerId: string;
  purpose: string;
  attempts: DisbursementAttempt[];
}

/**
 * The attempt a report names, checked against what was requested (contract, customer, purpose,
 * amount); an attempt already ended the other way is a conflict. Both are permanent errors.
 */
export function reportedAttempt(disbursement: Reported, report: RailReport, reported: Exclude<AttemptStatus, 'REQUESTED'>): DisbursementAttempt {
  const attempt = disbursement.attempts.find((a) => a.disbursementId === report.disbursementId);
  if (!attempt) throw new DisbursementEventMismatchError(report.disbursementId, 'disbursementId');
  for (const field of ['contractId', 'customerId', 'purpose'] as const) {
    if (disbursement[field] !== report[field]) throw new DisbursementEventMismatchError(report.disbursementId, field);
  }
  if (!attempt.amount.eq(report.amount)) throw new DisbursementEventMismatchError(report.disbursementId, 'amount');
  const other = reported === 'RELEASED' ? 'FAILED' : 'RELEASED';
  if (attempt.status === other) throw new DisbursementOutcomeConflictError(report.disbursementId, attempt.status, reported);
  return attempt;
}
