import type { EventingOptions } from '@consignado/eventing';
import { PERMANENT_ANALYSIS_CODES } from '../domain/analysis.errors';

/**
 * A margin answer may overtake its ProposalCreated (different topics): the retry budget
 * (250 ms doubling to 5 s, 8 attempts, ≈ 20 s) gives the proposal time to land before the
 * event is dead-lettered (and replayable). Inconsistent events go to the DLQ at once.
 */
export const CONSUMER_TUNING: NonNullable<EventingOptions['consumer']> = {
  retry: { maxAttempts: 8, baseDelayMs: 250, maxDelayMs: 5_000 },
  permanentErrorCodes: [...PERMANENT_ANALYSIS_CODES],
};
