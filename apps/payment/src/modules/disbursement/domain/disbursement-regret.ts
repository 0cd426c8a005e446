import type { Money } from '@consignado/finance';
import { isLive } from './disbursement-attempt';
import type { DisbursementProps } from './disbursement';

export type RegretOutcome = 'CANCELLED' | 'RETURN_DUE' | 'AWAITING_RELEASE' | 'UNCHANGED';

/**
 * The right of regret (R-PR-8) on a disbursement, recorded once: money not yet asked for is never
 * released (AWAITING_ACCOUNT → CANCELLED, nothing to return); money out must come back
 * (RETURN_DUE); money in flight comes due if released — a failure then cancels the disbursement.
 */
export function applyRegret(props: DisbursementProps, at: Date, amountToReturn?: Money): RegretOutcome {
  const before = props.status;
  if (props.regret) return 'UNCHANGED';
  props.regret = { at, ...(amountToReturn ? { amountToReturn } : {}) };
  if (before === 'CANCELLED') return 'UNCHANGED';
  if (before === 'AWAITING_ACCOUNT') props.status = 'CANCELLED';
  return before === 'AWAITING_ACCOUNT' ? 'CANCELLED' : before === 'RELEASED' ? 'RETURN_DUE' : 'AWAITING_RELEASE';
}

/**
 * What the customer owes back after a regret once the money went out: loan's amountToReturn, at
 * most what this disbursement put in their hands (loan names the contract's released amount, which
 * for a refinancing includes the payoff that never reached the customer); else what was released.
 */
export function regretReturnDue({ regret, status, attempts }: DisbursementProps): Money | undefined {
  const released = attempts.find(isLive)?.amount;
  if (!regret || status !== 'RELEASED' || !released) return undefined;
  return regret.amountToReturn && regret.amountToReturn.lt(released) ? regret.amountToReturn : released;
}
