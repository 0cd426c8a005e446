import type { ProposalOperationType } from '@consignado/contracts';
import { dec, Money } from '@consignado/finance';

/**
 * Seed 003 §6.3: typical corban commission per operation type, "% do valor" (R-PR-5). The value of
 * an operation is the credit it grants — for a refinancing and a portability that includes money
 * that only settles an existing debt, hence their lower ranges.
 */
export const COMMISSION_RANGES: Readonly<Record<ProposalOperationType, readonly [string, string]>> = {
  NEW: ['2', '5'],
  REFINANCING: ['1', '3'],
  PORTABILITY: ['1', '2'],
};

/** EARNED on activation; REVERSED (clawed back) when the customer regrets the contract (R-PR-8). */
export type CommissionStatus = 'EARNED' | 'REVERSED';

/** A corban's commission on one activated contract, as recorded on the proposal. */
export interface Commission {
  readonly operationType: ProposalOperationType;
  /** Percent, e.g. "3.00". */
  readonly percent: string;
  /**
   * What the percentage applies to: the activated contract's released amount (credit granted,
   * IOF and insurance excluded) — NEW: the money the customer receives; REFINANCING: the old
   * contract's payoff + the troco (the whole new credit; a troco of 0.00 still earns it);
   * PORTABILITY: the ported balance the origin stated.
   */
  readonly base: string;
  readonly amount: string;
  readonly status: CommissionStatus;
  /** REVERSED: when loan cancelled the contract (ContractCancelled.cancelledAt, UTC ISO 8601). */
  readonly reversedAt?: string;
  readonly reversalReason?: 'RIGHT_OF_REGRET';
}

const PERCENT = dec('0.01');

/**
 * Configured percentage per operation type, each within its seed range (checked again here: an
 * out-of-range value is a configuration bug, not a business outcome). Amount = R(base × p%),
 * half-up to cents (D-3), on finance Money.
 */
export class CommissionPolicy {
  constructor(private readonly percents: Readonly<Record<ProposalOperationType, string>>) {
    for (const [type, [min, max]] of Object.entries(COMMISSION_RANGES) as Array<[ProposalOperationType, [string, string]]>) {
      const p = dec(percents[type]);
      if (p.lt(dec(min)) || p.gt(dec(max))) throw new RangeError(`commission for ${type} must be ${min}–${max}%: ${percents[type]}`);
    }
  }

  commissionFor(operationType: ProposalOperationType, base: Money): Commission {
    const percent = dec(this.percents[operationType]);
    return { operationType, percent: percent.toFixed(2), base: base.toString(), amount: base.timesRounded(percent.times(PERCENT)).toString(), status: 'EARNED' };
  }
}
