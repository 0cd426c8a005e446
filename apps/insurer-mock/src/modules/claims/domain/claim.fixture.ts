import { IsoDate, Money } from '@consignado/finance';
import { Claim } from './claim';
import type { ClaimRequest, ReviewPlan } from './claim-state';

export const FILED_AT = new Date('2026-05-04T14:00:00.000Z');

export const request = (change: Partial<ClaimRequest> = {}): ClaimRequest => ({
  claimId: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e',
  contractId: '5b0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4',
  policyNumber: 'PRST-2026-000123',
  cause: 'DEATH',
  coverageDate: IsoDate.of('2026-05-04'),
  coverageAmount: Money.of('8214.33'),
  ...change,
});

export const paidIn = (reviewMs: number): ReviewPlan => ({ verdict: { outcome: 'PAID' }, reviewMs });

export const filed = (change: Partial<ClaimRequest> = {}, plan: ReviewPlan = paidIn(1500)): Claim => Claim.file(request(change), 'SIN-2026-000042', FILED_AT, plan);

export const later = (ms: number): Date => new Date(FILED_AT.getTime() + ms);
