import type { ContractProps } from '../contract-props';
import type { ContractEvent } from '../contract-events';
import type { InsurancePolicy, PolicyClaim } from '../insurance-policy';

/** A death claim filed on the contract's policy, for the debt on its coverage date. */
export function insuranceClaimRequested(c: ContractProps, policy: InsurancePolicy, claim: PolicyClaim): ContractEvent {
  return {
    type: 'InsuranceClaimRequested',
    payload: {
      contractId: c.id, customerId: c.customerId, claimId: claim.claimId, policyNumber: policy.policyNumber, insurer: policy.insurer,
      cause: claim.cause, coverageDate: claim.coverageDate.toString(), coverageAmount: claim.coverageAmount.toString(), requestedAt: claim.requestedAt.toISOString(),
    },
  };
}
