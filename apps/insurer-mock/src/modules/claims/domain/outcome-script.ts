import type { ReviewPlan, Verdict } from './claim-state';

/**
 * "The next `remaining` claims (on `policyNumber`) end this way": how tests and demos decide
 * reviews, as libs/mock-kit's chaos scripts decide failures. A script naming its policy is used
 * before one for any policy; a new script for the same policy (or for any) replaces the old one.
 */
export interface OutcomeScript {
  readonly policyNumber?: string;
  readonly verdict: Verdict;
  /** This review's time instead of INSURER_CLAIM_REVIEW_MS. */
  readonly reviewMs?: number;
  readonly remaining: number;
}

/** The review a new claim gets: a script's, else paid after the desk's usual review time. */
export function reviewPlanOf(script: OutcomeScript | undefined, reviewMs: number): ReviewPlan {
  return { verdict: script?.verdict ?? { outcome: 'PAID' }, reviewMs: script?.reviewMs ?? reviewMs };
}
