import { type IsoDate, Money } from '@consignado/finance';
import type { BillingInstallment, BillingProps } from './billing';
import { InsufficientCreditError } from './credit.errors';
import { assertNotBlocked } from './contract-block';
import { type Allocation, allocationOf, assertPayable } from './installment-payment';

/** How much of the credit a request spends: `amount` when given, else all of it; never more, never nothing. */
export function creditToSpend(billing: Readonly<BillingProps>, amount?: Money): Money {
  const spend = amount ?? billing.creditBalance;
  if (!spend.isPositive() || spend.gt(billing.creditBalance)) throw new InsufficientCreditError(billing.creditBalance, spend);
  return spend;
}

/** A refund through the rail (R-LN-10, CREDIT_REFUND): refused while blocked (R-LN-8); any status, a settled contract's credit included. */
export function quoteRefund(billing: Readonly<BillingProps>, amount?: Money): Money {
  assertNotBlocked(billing);
  return creditToSpend(billing, amount);
}

export interface CreditApplication {
  readonly allocations: readonly Allocation[];
  /** Σ allocation totals: what leaves the credit; the rest of the request stays credit. */
  readonly applied: Money;
  readonly parameters: string;
}

/**
 * Credit applied to the open installments, oldest first, each whole with its late charges on the
 * business date — never more than what is due: it stops at the first installment the rest cannot
 * pay. Refused like a manual payment (status, block), then with no credit or too little for the next one.
 */
export function quoteCreditApplication(billing: Readonly<BillingProps>, today: IsoDate, amount?: Money): CreditApplication {
  assertPayable(billing);
  const spend = creditToSpend(billing, amount);
  const open = billing.installments.filter((i) => i.status === 'PENDING').sort((a, b) => a.number - b.number);
  const allocations = takeWhileCovered(open, today, spend);
  if (allocations.length === 0) throw new InsufficientCreditError(billing.creditBalance, spend, open[0] && allocationOf(open[0], today).total);
  const applied = Money.sum(allocations.map((a) => a.total));
  return { allocations: allocations.map(({ parameters: _, ...a }) => a), applied, parameters: allocations[0].parameters };
}

function takeWhileCovered(open: readonly BillingInstallment[], today: IsoDate, spend: Money): Array<Allocation & { parameters: string }> {
  const taken: Array<Allocation & { parameters: string }> = [];
  let left = spend;
  for (const installment of open) {
    const allocation = allocationOf(installment, today);
    if (allocation.total.gt(left)) break;
    taken.push(allocation);
    left = left.minus(allocation.total);
  }
  return taken;
}
