import { type IsoDate, Money, premiumRefund } from '@consignado/finance';
import type { SettlementReason } from './contract-settlement';
import { type InsurancePolicy, openClaimOf, type PolicyClaim, type PolicyEnding } from './insurance-policy';
import { InsuranceClaimMismatchError } from './insurance.errors';

export interface NewClaim {
  claimId: string;
  coverageDate: IsoDate;
  coverageAmount: Money;
  requestedAt: Date;
}

/** A death claim is filed unless the policy ended or a claim is open or paid (a denied one may be filed again). */
export const claimable = (p: InsurancePolicy): boolean => !p.ended && !p.claims.some((c) => !c.outcome || c.outcome.status === 'PAID');

export function fileClaim(p: InsurancePolicy, claim: NewClaim): InsurancePolicy {
  return { ...p, claims: [...p.claims, { ...claim, cause: 'DEATH' }] };
}

/** The insurer refused: recorded on the claim; the same refusal again changes nothing. */
export function denyClaim(p: InsurancePolicy, claimId: string, denial: { reason: string; message: string; at: Date }): InsurancePolicy {
  const claim = claimOf(p, claimId);
  if (claim.outcome) return p;
  return withClaim(p, { ...claim, outcome: { status: 'DENIED', ...denial } });
}

/**
 * The policy ends with its contract on `date`. An early end (EARLY_SETTLEMENT, PORTED_OUT,
 * REFINANCED, RENEGOTIATED) refunds the unexpired premium pro rata; a paid claim, the full term or an undone
 * contract (whose premium was never owed) refund nothing. A paid claim records its payment.
 */
export function endPolicy(p: InsurancePolicy, reason: SettlementReason | 'CONTRACT_CANCELLED', date: IsoDate, at: Date, paid?: { claimId: string; amount: Money; paymentId: string }): InsurancePolicy {
  const ending: PolicyEnding = reason === 'PAID_OFF' ? 'TERM_COMPLETED' : reason;
  const early = ending === 'EARLY_SETTLEMENT' || ending === 'PORTED_OUT' || ending === 'REFINANCED' || ending === 'RENEGOTIATED';
  const refund = early ? premiumRefund(p.premium, p.coverage, date) : Money.ZERO;
  const ended = { ...p, ended: { reason: ending, on: date, premiumRefund: refund, at } };
  if (!paid) return ended;
  return withClaim(ended, { ...claimOf(p, paid.claimId), outcome: { status: 'PAID', amount: paid.amount, paymentId: paid.paymentId, at } });
}

function claimOf(p: InsurancePolicy, claimId: string): PolicyClaim {
  const claim = p.claims.find((c) => c.claimId === claimId);
  if (!claim) throw new InsuranceClaimMismatchError(p.policyNumber, claimId, openClaimOf(p)?.claimId);
  return claim;
}

const withClaim = (p: InsurancePolicy, claim: PolicyClaim): InsurancePolicy => ({ ...p, claims: p.claims.map((c) => (c.claimId === claim.claimId ? claim : c)) });
