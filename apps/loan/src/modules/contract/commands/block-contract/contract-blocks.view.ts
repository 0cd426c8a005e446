import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Contract } from '../../domain/contract';

export class BlockEntryView {
  @ApiProperty({ enum: ['JUDICIAL_ORDER', 'FRAUD_SUSPECTED', 'DEATH'] }) reason!: string;
  @ApiProperty() note!: string;
  @ApiProperty() blockedBy!: string;
  @ApiProperty() blockedAt!: string;
  @ApiPropertyOptional() unblockNote?: string;
  @ApiPropertyOptional() unblockedBy?: string;
  @ApiPropertyOptional() unblockedAt?: string;
}

/** A contract's blocks, staff notes included: answered to staff only (the block and unblock routes). */
export class ContractBlocksView {
  @ApiProperty() contractId!: string;
  @ApiProperty() status!: string;
  @ApiProperty() blocked!: boolean;
  @ApiProperty({ type: [BlockEntryView], description: 'Oldest first; the last one is in force unless unblocked' }) blocks!: BlockEntryView[];
}

export function toContractBlocksView(contract: Contract): ContractBlocksView {
  const { id, status, blocks } = contract.snapshot;
  return {
    contractId: id,
    status,
    blocked: contract.currentBlock !== undefined,
    blocks: blocks.map((b) => ({
      reason: b.reason, note: b.note, blockedBy: b.blockedBy, blockedAt: b.blockedAt.toISOString(),
      ...(b.lifted ? { unblockNote: b.lifted.note, unblockedBy: b.lifted.by, unblockedAt: b.lifted.at.toISOString() } : {}),
    })),
  };
}
