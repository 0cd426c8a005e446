/**
 * Retention of a customer who never contracted (R-SEC-3, README "Retention"): their data serves
 * only the proposals' analysis and the consumer's claims about them, which lapse in 5 years (CDC
 * art. 27) — so `days` after their last proposal moved (or their registration), they are due for
 * anonymization. Customers with a contract are kept while loan says a contract obliges it (10
 * years after it closed by default); the retention job asks loan for them too once `days` passed.
 */
export interface RetentionCandidate {
  readonly customerId: string;
  /** The latest of the registration and every proposal's last change. */
  readonly lastActivityAt: Date;
  readonly anonymized: boolean;
  readonly hasPendingRequest: boolean;
  readonly hasProposalInProgress: boolean;
  /**
   * Loan's last RETAIN: its `retainedUntil`, or for a contract in force the decision date plus
   * RECHECK_DAYS — a customer loan keeps is not asked about again before then.
   */
  readonly heldUntil?: Date;
}

/** How long after a CONTRACT_IN_FORCE retention the job asks loan again. */
export const RECHECK_DAYS = 30;

const DAY_MS = 86_400_000;

/** The instant before which activity is old enough for the retention erasure. */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export function isDueForRetentionErasure(candidate: RetentionCandidate, now: Date, days: number): boolean {
  if (candidate.anonymized || candidate.hasPendingRequest || candidate.hasProposalInProgress) return false;
  if (candidate.heldUntil && candidate.heldUntil.getTime() > now.getTime()) return false;
  return candidate.lastActivityAt.getTime() < retentionCutoff(now, days).getTime();
}
