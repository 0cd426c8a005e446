import { createEnvelope, examplePayload, type PayloadOf } from '@consignado/contracts';
import type { InsurerClaim } from '../../insurer/insurer.types';
import { RetryPolicy } from '../../jobs/domain/retry-policy';
import { InsuranceClaim, type ClaimCallOutcome, type ClaimPace } from './insurance-claim';

export const NOW = new Date('2026-05-04T14:00:00.000Z');
export const CLAIM_ID = examplePayload('InsuranceClaimRequested').claimId;

/** Never final (as INSURER_RETRY): base 1 s, capped at 8 s; polls every 2 s. */
export const pace: ClaimPace = { policy: new RetryPolicy(Number.MAX_SAFE_INTEGER, 1_000, 8_000), pollIntervalMs: 2_000 };

export const requestOf = (change: Partial<PayloadOf<'InsuranceClaimRequested'>> = {}) =>
  createEnvelope('InsuranceClaimRequested', { payload: { ...examplePayload('InsuranceClaimRequested'), ...change } });

export const requested = (change: Partial<PayloadOf<'InsuranceClaimRequested'>> = {}): InsuranceClaim => {
  const claim = InsuranceClaim.requested(requestOf(change), NOW);
  if (!claim.ok) throw claim.error;
  return claim.value;
};

const at = { insurerClaimNumber: 'SIN-2026-000042', claimId: CLAIM_ID };
export const underReview: ClaimCallOutcome = { ok: true, value: { ...at, status: 'UNDER_REVIEW' } };
export const paid = (change: Partial<InsurerClaim> = {}): ClaimCallOutcome => ({ ok: true, value: { ...at, status: 'PAID', paidAmount: '8214.33', paidAt: '2026-05-06T10:00:00.000Z', ...change } });
export const denied: ClaimCallOutcome = {
  ok: true,
  value: { ...at, status: 'DENIED', reason: 'EXCLUDED_CAUSE', message: 'O sinistro decorre de causa excluída pela apólice.', deniedAt: '2026-05-06T10:00:00.000Z' },
};
export const failed = (kind: 'TRANSIENT' | 'REFUSED', code: string, status?: number): ClaimCallOutcome => ({ ok: false, failure: { kind, code, message: `falhou: ${code}`, ...(status ? { status } : {}) } });

export const later = (ms: number): Date => new Date(NOW.getTime() + ms);
