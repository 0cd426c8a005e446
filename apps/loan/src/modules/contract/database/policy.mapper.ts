import { IsoDate, Money } from '@consignado/finance';
import type { InsurancePolicy, PolicyClaim, PolicyEnding } from '../domain/insurance-policy';

interface StoredClaim {
  claimId: string;
  cause: 'DEATH';
  coverageDate: string;
  coverageAmount: string;
  requestedAt: string;
  outcome?: { status: 'PAID'; amount: string; paymentId: string; at: string } | { status: 'DENIED'; reason: string; message: string; at: string };
}

/** The `contract.insurance_policy` column: money as decimal strings, dates as ISO text. */
export interface StoredPolicy {
  policyNumber: string;
  insurer: string;
  premium: string;
  coverage: { start: string; end: string };
  claims: StoredClaim[];
  ended?: { reason: PolicyEnding; on: string; premiumRefund: string; at: string };
}

export function toPolicyColumn(p: InsurancePolicy | undefined): StoredPolicy | null {
  if (!p) return null;
  const claims = p.claims.map((c): StoredClaim => ({
    claimId: c.claimId, cause: c.cause, coverageDate: c.coverageDate.toString(), coverageAmount: c.coverageAmount.toString(), requestedAt: c.requestedAt.toISOString(),
    ...(c.outcome ? { outcome: c.outcome.status === 'PAID' ? { ...c.outcome, amount: c.outcome.amount.toString(), at: c.outcome.at.toISOString() } : { ...c.outcome, at: c.outcome.at.toISOString() } } : {}),
  }));
  const { start, end } = p.coverage;
  return {
    policyNumber: p.policyNumber, insurer: p.insurer, premium: p.premium.toString(), coverage: { start: start.toString(), end: end.toString() }, claims,
    ...(p.ended ? { ended: { reason: p.ended.reason, on: p.ended.on.toString(), premiumRefund: p.ended.premiumRefund.toString(), at: p.ended.at.toISOString() } } : {}),
  };
}

export function toPolicy(s: StoredPolicy | null): InsurancePolicy | undefined {
  if (!s) return undefined;
  const claims = s.claims.map((c): PolicyClaim => ({
    claimId: c.claimId, cause: c.cause, coverageDate: IsoDate.of(c.coverageDate), coverageAmount: Money.of(c.coverageAmount), requestedAt: new Date(c.requestedAt),
    ...(c.outcome ? { outcome: c.outcome.status === 'PAID' ? { ...c.outcome, amount: Money.of(c.outcome.amount), at: new Date(c.outcome.at) } : { ...c.outcome, at: new Date(c.outcome.at) } } : {}),
  }));
  return {
    policyNumber: s.policyNumber, insurer: s.insurer, premium: Money.of(s.premium), coverage: { start: IsoDate.of(s.coverage.start), end: IsoDate.of(s.coverage.end) }, claims,
    ...(s.ended ? { ended: { reason: s.ended.reason, on: IsoDate.of(s.ended.on), premiumRefund: Money.of(s.ended.premiumRefund), at: new Date(s.ended.at) } } : {}),
  };
}
