import { examplePayload } from '@consignado/contracts';
import { InsuranceClaim } from './insurance-claim';
import { CLAIM_ID, denied, failed, later, NOW, pace, paid, requested, requestOf, underReview } from './insurance-claim.fixture';
import { refusalReason } from './insurance-errors';

const example = examplePayload('InsuranceClaimRequested');

describe('InsuranceClaim: filed, polled, reported once', () => {
  it('is filed at once with the request’s own data', () => {
    const claim = requested();
    expect([claim.snapshot.status, claim.dueStep, claim.snapshot.nextAttemptAt]).toEqual(['FILING', 'FILE', NOW]);
    expect(claim.fileOrder).toEqual({ claimId: CLAIM_ID, contractId: example.contractId, policyNumber: 'PRST-2026-000123', cause: 'DEATH', coverageDate: '2026-05-04', coverageAmount: '8214.33' });
  });

  it('polls a claim under review every poll interval, then reports the payment once, with the insurer’s amount and the request’s date', () => {
    const claim = requested();
    claim.record('FILE', underReview, later(100), pace);
    expect([claim.snapshot.status, claim.dueStep, claim.snapshot.insurerClaimNumber, claim.snapshot.nextAttemptAt]).toEqual(['UNDER_REVIEW', 'POLL', 'SIN-2026-000042', later(2_100)]);
    expect(claim.pullEvents()).toEqual([]);
    claim.record('POLL', paid({ paidAmount: '8214.30' }), later(2_200), pace);
    expect([claim.snapshot.status, claim.dueStep]).toEqual(['PAID', undefined]);
    expect(claim.pullEvents()).toEqual([
      { type: 'InsuranceClaimPaid', payload: { contractId: example.contractId, claimId: CLAIM_ID, policyNumber: 'PRST-2026-000123', insurerClaimNumber: 'SIN-2026-000042', amount: '8214.30', coverageDate: '2026-05-04', paidAt: '2026-05-06T10:00:00.000Z' } },
    ]);
    claim.record('POLL', paid(), later(4_000), pace);
    expect(claim.pullEvents()).toEqual([]);
  });

  it('reports the insurer’s denial with its reason, message and number', () => {
    const claim = requested();
    claim.record('FILE', denied, later(100), pace);
    expect(claim.pullEvents().map((e) => e.payload)).toEqual([
      { contractId: example.contractId, claimId: CLAIM_ID, policyNumber: 'PRST-2026-000123', insurerClaimNumber: 'SIN-2026-000042', reason: 'EXCLUDED_CAUSE', message: 'O sinistro decorre de causa excluída pela apólice.', deniedAt: '2026-05-06T10:00:00.000Z' },
    ]);
  });

  it('denies at once a filing the insurer refuses (4xx), with its code as the reason and no number', () => {
    const claim = requested();
    claim.record('FILE', failed('REFUSED', 'INSURER.POLICY_ALREADY_CLAIMED', 422), later(100), pace);
    const [event] = claim.pullEvents();
    expect([claim.snapshot.status, event.type, event.payload]).toEqual(['DENIED', 'InsuranceClaimDenied', expect.objectContaining({ reason: 'POLICY_ALREADY_CLAIMED', message: 'falhou: INSURER.POLICY_ALREADY_CLAIMED', deniedAt: later(100).toISOString() })]);
    expect('insurerClaimNumber' in event.payload).toBe(false);
  });

  it('retries a failing insurer with backoff, for ever, and resets the count at the next answer', () => {
    const claim = requested();
    for (let k = 1; k <= 12; k++) claim.record('FILE', failed('TRANSIENT', 'INSURER.UNAVAILABLE', 503), NOW, pace, () => 0.9999);
    expect([claim.snapshot.status, claim.snapshot.attempts, claim.snapshot.nextAttemptAt, claim.snapshot.lastError?.code]).toEqual(['FILING', 12, later(8_000), 'INSURER.UNAVAILABLE']);
    claim.record('FILE', underReview, NOW, pace);
    claim.record('POLL', failed('TRANSIENT', 'INSURER.TIMEOUT'), NOW, pace, () => 0.5);
    expect([claim.snapshot.status, claim.snapshot.attempts, claim.snapshot.nextAttemptAt]).toEqual(['UNDER_REVIEW', 1, later(500)]);
  });

  it('files again a claim the insurer no longer knows (404 on a poll)', () => {
    const claim = requested();
    claim.record('FILE', underReview, NOW, pace);
    claim.record('POLL', failed('REFUSED', 'INSURER.CLAIM.NOT_FOUND', 404), later(10), pace);
    expect([claim.snapshot.status, claim.dueStep, claim.snapshot.nextAttemptAt, claim.pullEvents()]).toEqual(['FILING', 'FILE', later(10), []]);
  });

  it('ignores the outcome of a step that is no longer due', () => {
    const claim = requested();
    claim.record('POLL', paid(), NOW, pace);
    expect([claim.snapshot.status, claim.pullEvents()]).toEqual(['FILING', []]);
  });

  it('tells the same request from another, and refuses a coverage that is not above zero', () => {
    expect(requested().isSameRequest(requested({ coverageAmount: '8214.33' }))).toBe(true);
    expect(requested().isSameRequest(requested({ coverageAmount: '8214.34' }))).toBe(false);
    expect(requested().isSameRequest(requested({ policyNumber: 'PRST-2026-000999' }))).toBe(false);
    const zero = InsuranceClaim.requested(requestOf({ coverageAmount: '0.00' }), NOW);
    expect(zero.ok ? 'accepted' : zero.error.code).toBe('INSURANCE.INVALID_REQUEST');
  });

  it.each([
    ['INSURER.POLICY_ALREADY_CLAIMED', 'POLICY_ALREADY_CLAIMED'],
    ['INSURER.CLAIM_CONFLICT', 'CLAIM_CONFLICT'],
    ['REQUEST.INVALID_BODY', 'REQUEST_INVALID_BODY'],
    ['insurer.weird', 'FILING_REFUSED'],
  ])('reports a refusal %s as reason %s', (code, reason) => {
    expect(refusalReason(code)).toBe(reason);
  });
});
