import type { PayloadOf } from '@consignado/contracts';
import type { InsuranceClaimState } from './insurance-claim-state';

/** Events a claim raises, once each: how it ended at the insurer. */
export type InsuranceClaimEvent =
  | { type: 'InsuranceClaimPaid'; payload: PayloadOf<'InsuranceClaimPaid'> }
  | { type: 'InsuranceClaimDenied'; payload: PayloadOf<'InsuranceClaimDenied'> };

/** The insurer paid: its amount settles the contract, valued on the request's coverage date. */
export function claimPaid(s: Readonly<InsuranceClaimState>): InsuranceClaimEvent {
  if (!s.insurerClaimNumber || !s.paidAmount || !s.paidAt) throw new Error(`claim ${s.id} paid without number, amount or time`);
  const payload = { contractId: s.contractId, claimId: s.id, policyNumber: s.policyNumber, insurerClaimNumber: s.insurerClaimNumber, amount: s.paidAmount, coverageDate: s.coverageDate, paidAt: s.paidAt };
  return { type: 'InsuranceClaimPaid', payload };
}

/** The insurer denied the claim, or refused to take it (then without its number). */
export function claimDenied(s: Readonly<InsuranceClaimState>): InsuranceClaimEvent {
  if (!s.denial) throw new Error(`claim ${s.id} denied without a denial`);
  const payload = {
    contractId: s.contractId,
    claimId: s.id,
    policyNumber: s.policyNumber,
    ...(s.insurerClaimNumber ? { insurerClaimNumber: s.insurerClaimNumber } : {}),
    reason: s.denial.reason,
    message: s.denial.message,
    deniedAt: s.denial.deniedAt,
  };
  return { type: 'InsuranceClaimDenied', payload };
}
