import { IsoDate, Money } from '@consignado/finance';
import { Claim } from '../domain/claim';
import type { ClaimCause, ClaimStatus } from '../domain/claim-state';
import type { OutcomeScript } from '../domain/outcome-script';
import type { ClaimRow, OutcomeScriptRow } from './claim.orm-entities';

export function toDomain(row: ClaimRow): Claim {
  return new Claim({
    insurerClaimNumber: row.insurerClaimNumber,
    request: {
      claimId: row.claimId,
      contractId: row.contractId,
      policyNumber: row.policyNumber,
      cause: row.cause as ClaimCause,
      coverageDate: IsoDate.of(row.coverageDate),
      coverageAmount: Money.of(row.coverageAmount),
    },
    filedAt: row.filedAt,
    decidesAt: row.decidesAt,
    verdict: row.verdict,
    status: row.status as ClaimStatus,
  });
}

export function toRow(claim: Claim): ClaimRow {
  const { request: r, ...s } = claim.state;
  return {
    claimId: r.claimId,
    insurerClaimNumber: s.insurerClaimNumber,
    contractId: r.contractId,
    policyNumber: r.policyNumber,
    cause: r.cause,
    coverageDate: r.coverageDate.toString(),
    coverageAmount: r.coverageAmount.toString(),
    status: s.status,
    verdict: s.verdict,
    filedAt: s.filedAt,
    decidesAt: s.decidesAt,
  };
}

export const ANY_POLICY = '*';

export function scriptOf(row: OutcomeScriptRow): OutcomeScript {
  return { ...(row.subject === ANY_POLICY ? {} : { policyNumber: row.subject }), verdict: row.verdict, ...(row.reviewMs === null ? {} : { reviewMs: row.reviewMs }), remaining: row.remaining };
}
