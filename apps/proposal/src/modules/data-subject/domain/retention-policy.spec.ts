import { isDueForRetentionErasure, type RetentionCandidate, retentionCutoff } from './retention-policy';

const now = new Date('2031-03-01T12:00:00.000Z');
const quiet: RetentionCandidate = {
  customerId: '5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f', lastActivityAt: new Date('2026-02-28T12:00:00.000Z'), anonymized: false, hasPendingRequest: false, hasProposalInProgress: false,
};

describe('retention of customers who never contracted (CDC art. 27: 5 years)', () => {
  it('the cutoff is `days` whole days before now', () => {
    // 2026-03-01 → 2031-03-01 is 4 × 365 + 366 (29 Feb 2028) = 1,826 days; one more reaches 28 Feb.
    expect(retentionCutoff(now, 1826).toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(retentionCutoff(now, 1827).toISOString()).toBe('2026-02-28T12:00:00.000Z');
  });

  it('is due strictly after the cutoff, not on it', () => {
    expect(isDueForRetentionErasure(quiet, now, 1826)).toBe(true);
    expect(isDueForRetentionErasure(quiet, now, 1827)).toBe(false);
    expect(isDueForRetentionErasure({ ...quiet, lastActivityAt: new Date('2026-02-28T11:59:59.999Z') }, now, 1827)).toBe(true);
  });

  it('never for a customer already anonymized, with a request pending or a proposal in progress', () => {
    for (const flag of ['anonymized', 'hasPendingRequest', 'hasProposalInProgress'] as const) expect(isDueForRetentionErasure({ ...quiet, [flag]: true }, now, 1825)).toBe(false);
  });

  it('not while loan holds the data, and again once the hold ends', () => {
    expect(isDueForRetentionErasure({ ...quiet, heldUntil: new Date('2031-03-01T12:00:00.001Z') }, now, 1825)).toBe(false);
    expect(isDueForRetentionErasure({ ...quiet, heldUntil: new Date('2031-03-01T12:00:00.000Z') }, now, 1825)).toBe(true);
  });
});
