import type { ContractBlockReason } from './block-reason';
import { ContractAlreadyBlockedError, ContractNotBlockableError, ContractNotBlockedError } from './block.errors';
import type { ContractStatus } from './contract-status';

export type { ContractBlockReason } from './block-reason';

/**
 * One block of the contract's history (seed 003 §4.9): why, who and when, with the staff notes;
 * `lifted` once staff unblocked it. Notes may name people: sealed at rest, never on Kafka.
 */
export interface BlockRecord {
  readonly reason: ContractBlockReason;
  readonly note: string;
  readonly blockedBy: string;
  readonly blockedAt: Date;
  readonly lifted?: { readonly note: string; readonly by: string; readonly at: Date };
}

export interface BlockRequest {
  readonly reason: ContractBlockReason;
  readonly note: string;
  readonly operatorId: string;
  /** The id a DEATH block files the policy's claim under (ignored otherwise). */
  readonly claimId: string;
}

export interface UnblockRequest {
  readonly note: string;
  readonly operatorId: string;
}

/** The block in force, if any: the last record not lifted. */
export const currentBlock = (blocks: readonly BlockRecord[]): BlockRecord | undefined => {
  const last = blocks[blocks.length - 1];
  return last && !last.lifted ? last : undefined;
};

/** A contract is blocked only while it is in force: earlier it is cancelled instead, later nothing is owed. */
export function openBlock(contractId: string, status: ContractStatus, blocks: readonly BlockRecord[], request: BlockRequest, now: Date): BlockRecord[] {
  const current = currentBlock(blocks);
  if (current) throw new ContractAlreadyBlockedError(contractId, current.reason);
  if (status !== 'ACTIVE') throw new ContractNotBlockableError(contractId, status);
  return [...blocks, { reason: request.reason, note: request.note, blockedBy: request.operatorId, blockedAt: now }];
}

/** Lifts the block in force (also on a contract that ended meanwhile, e.g. paid off by payroll). */
export function liftBlock(contractId: string, blocks: readonly BlockRecord[], request: UnblockRequest, now: Date): BlockRecord[] {
  const current = currentBlock(blocks);
  if (!current) throw new ContractNotBlockedError(contractId);
  return [...blocks.slice(0, -1), { ...current, lifted: { note: request.note, by: request.operatorId, at: now } }];
}
