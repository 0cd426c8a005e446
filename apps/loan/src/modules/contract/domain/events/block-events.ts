import type { ContractProps } from '../contract-props';
import type { ContractEvent } from '../contract-events';
import type { BlockRecord } from '../contract-block';

/** Staff blocked the contract: the reason and who, at the revision just published (never the note). */
export function contractBlocked(c: ContractProps, block: BlockRecord): ContractEvent {
  return {
    type: 'ContractBlocked',
    payload: { contractId: c.id, customerId: c.customerId, revision: c.revision, reason: block.reason, operatorId: block.blockedBy, blockedAt: block.blockedAt.toISOString() },
  };
}

/** Staff lifted the block: the lifted reason and who, at the revision just published. */
export function contractUnblocked(c: ContractProps, block: BlockRecord): ContractEvent {
  if (!block.lifted) throw new Error(`contract ${c.id}: block not lifted`);
  return {
    type: 'ContractUnblocked',
    payload: { contractId: c.id, customerId: c.customerId, revision: c.revision, reason: block.reason, operatorId: block.lifted.by, unblockedAt: block.lifted.at.toISOString() },
  };
}
