import type { IsoDate } from '@consignado/finance';
import type { ContractProps } from './contract-props';
import { type ContractEvent, insuranceClaimRequested } from './contract-events';
import type { ContractSettlement } from './contract-settlement';
import { claimable, endPolicy, fileClaim } from './policy-claims';
import { settlementQuote } from './settlement-quote';

/**
 * The insured's death (a DEATH block): a claim for the debt on `date` — what settles the contract
 * then, the payoff or the consolidated debt — unless the contract has no policy or one already
 * holds an open or paid claim.
 */
export function deathClaim(c: ContractProps, claimId: string, date: IsoDate, now: Date): { policy: ContractProps['policy']; event?: ContractEvent } {
  const policy = c.policy;
  if (!policy || !claimable(policy)) return { policy };
  const quote = settlementQuote(c, date);
  if (!quote.ok) throw quote.error;
  const filed = fileClaim(policy, { claimId, coverageDate: quote.value.date, coverageAmount: quote.value.amount, requestedAt: now });
  return { policy: filed, event: insuranceClaimRequested(c, filed, filed.claims[filed.claims.length - 1]) };
}

/** The policy ends with a settlement: refund pro rata on an early end, the claim paid on INSURANCE_CLAIM. */
export function policyOnSettlement(c: ContractProps, s: ContractSettlement, now: Date): ContractProps['policy'] {
  if (!c.policy || c.policy.ended) return c.policy;
  const paid = s.reason === 'INSURANCE_CLAIM' && s.claimId && s.amount ? { claimId: s.claimId, amount: s.amount, paymentId: s.paymentId } : undefined;
  return endPolicy(c.policy, s.reason, s.date, now, paid);
}

/** An undone contract (regret, averbação failed, portability failed…): the premium was never owed. */
export function policyOnCancellation(c: ContractProps, date: IsoDate, now: Date): ContractProps['policy'] {
  if (!c.policy || c.policy.ended) return c.policy;
  return endPolicy(c.policy, 'CONTRACT_CANCELLED', date, now);
}
