import type { CoveragePeriod, IsoDate, Money } from '@consignado/finance';
import type { ContractTerms } from './contract-terms';

/** The credit-life insurer our insured products are sold with (the product's partner). */
export const CREDIT_LIFE_INSURER = 'Seguradora Modelo S.A.';

/** One claim filed on the policy: the debt it covers on `coverageDate`, and the insurer's answer. */
export interface PolicyClaim {
  readonly claimId: string;
  readonly cause: 'DEATH';
  readonly coverageDate: IsoDate;
  readonly coverageAmount: Money;
  readonly requestedAt: Date;
  readonly outcome?: { readonly status: 'PAID'; readonly amount: Money; readonly paymentId: string; readonly at: Date }
    | { readonly status: 'DENIED'; readonly reason: string; readonly message: string; readonly at: Date };
}

/** Why a policy stopped covering: the contract's end (settlement reason or cancellation). */
export type PolicyEnding = 'TERM_COMPLETED' | 'EARLY_SETTLEMENT' | 'PORTED_OUT' | 'REFINANCED' | 'RENEGOTIATED' | 'INSURANCE_CLAIM' | 'CONTRACT_CANCELLED';

/**
 * The credit-life policy ("seguro prestamista") of an insured contract (R-LN-8): its premium,
 * financed in the contract, covers the outstanding balance from the contract date to the last
 * due date. It ends with the contract; an early end refunds the unexpired premium pro rata.
 */
export interface InsurancePolicy {
  readonly policyNumber: string;
  readonly insurer: string;
  readonly premium: Money;
  readonly coverage: CoveragePeriod;
  readonly claims: readonly PolicyClaim[];
  readonly ended?: { readonly reason: PolicyEnding; readonly on: IsoDate; readonly premiumRefund: Money; readonly at: Date };
}

export type PolicyStatus = 'ACTIVE' | 'CLAIM_OPEN' | 'CLAIM_PAID' | 'EXPIRED' | 'CANCELLED';

export function policyStatus(p: InsurancePolicy): PolicyStatus {
  if (p.ended) return p.ended.reason === 'INSURANCE_CLAIM' ? 'CLAIM_PAID' : p.ended.reason === 'TERM_COMPLETED' ? 'EXPIRED' : 'CANCELLED';
  return openClaimOf(p) ? 'CLAIM_OPEN' : 'ACTIVE';
}

/** The claim the insurer has not answered yet, if any. */
export const openClaimOf = (p: InsurancePolicy): PolicyClaim | undefined => p.claims.find((c) => !c.outcome);

/** The policy issued with a contract whose terms finance a premium; none without one. */
export function issuePolicy(contractId: string, terms: ContractTerms): InsurancePolicy | undefined {
  if (terms.insurance.isZero()) return undefined;
  const start = terms.dates.contractDate;
  const policyNumber = `PRST-${start.toString().slice(0, 4)}-${contractId.replace(/-/g, '').slice(0, 12).toUpperCase()}`;
  return { policyNumber, insurer: CREDIT_LIFE_INSURER, premium: terms.insurance, coverage: { start, end: lastDueDate(terms) }, claims: [] };
}

const lastDueDate = (terms: ContractTerms): IsoDate => terms.dates.dueDate(terms.term.months);
