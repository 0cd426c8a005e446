import type { PayloadOf } from '@consignado/contracts';
import { Money } from '@consignado/finance';

type Activation = Pick<PayloadOf<'ContractActivated'>, 'operationType' | 'releasedAmount' | 'refinancing'>;

/**
 * The money an activated contract puts in the customer's hands (R-LN-10, seed 003 §3.1): a NEW
 * loan its released amount; a REFINANCING what is left after the replaced contract's payoff — the
 * troco (loan books released = payoff + troco); a PORTABILITY nothing (the money pays the other
 * bank); a RENEGOTIATION nothing (a workout moves the late debt, no money is lent). Undefined when
 * nothing is to be released.
 */
export function releaseAmountOf(activation: Activation): Money | undefined {
  const amount = amountFor(activation);
  return amount?.isPositive() ? amount : undefined;
}

function amountFor({ operationType, releasedAmount, refinancing }: Activation): Money | undefined {
  if (operationType === 'NEW') return Money.of(releasedAmount);
  if (operationType === 'REFINANCING') return refinancing ? Money.of(refinancing.troco) : undefined;
  return undefined;
}
