import type { PayloadOf } from '@consignado/contracts';
import type { BillingProps } from './billing';
import { ContractBlockedError } from './billing.errors';

export type BlockReason = PayloadOf<'ContractBlocked'>['reason'];

/** A contract staff suspended (seed 003 §4.9, R-LN-8): why, and since when (loan's blockedAt). */
export interface ContractBlock {
  readonly reason: BlockReason;
  readonly since: Date;
}

/**
 * ContractBlocked (`block` present) or ContractUnblocked (`block` absent) at the contract's
 * revision: the two travel on different topics, so only the revision orders them here.
 */
export interface BlockChange {
  readonly revision: number;
  readonly block?: ContractBlock;
}

export type BlockOutcome = 'BLOCKED' | 'UNBLOCKED' | 'STALE';

/**
 * Applies a block or an unblock only above the last revision applied (`blockRevision`, kept after
 * an unblock too): an older one arriving late from the other topic, or the same one again, changes
 * nothing. A billing no longer ACTIVE keeps loan's word as well; it takes no money anyway.
 */
export function withBlockChange(billing: Readonly<BillingProps>, change: BlockChange): { outcome: BlockOutcome; props: BillingProps } {
  if (billing.blockRevision !== undefined && change.revision <= billing.blockRevision) return { outcome: 'STALE', props: billing };
  return { outcome: change.block ? 'BLOCKED' : 'UNBLOCKED', props: { ...billing, block: change.block, blockRevision: change.revision } };
}

/**
 * While blocked no money is taken on request — installments, early settlement, extraordinary
 * amortization (R-LN-8). Payroll lines are not asked for: INSS withheld that money already, so
 * remittances do not come through here and keep being recorded. Nor are payoffs (decidePayoff):
 * the credit-life insurer pays a death claim on the very contract the DEATH block suspended.
 */
export function assertNotBlocked(billing: Readonly<BillingProps>): void {
  if (billing.block) throw new ContractBlockedError(billing.block.reason);
}
