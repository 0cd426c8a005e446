import type { FieldCipher } from '@consignado/core';
import { openJson, sealJson } from '@consignado/service-kit';
import type { BlockRecord } from '../domain/contract-block';

/** The sealing field of `contract.blocks`: staff notes may name people (LGPD, R-SEC-3). */
export const BLOCKS_FIELD = 'contract.blocks';

interface StoredBlock {
  reason: BlockRecord['reason'];
  note: string;
  blockedBy: string;
  blockedAt: string;
  lifted?: { note: string; by: string; at: string };
}

/** The block history sealed whole into the jsonb column; null while the contract was never blocked. */
export function toBlocksColumn(cipher: FieldCipher, blocks: readonly BlockRecord[]): string | null {
  if (blocks.length === 0) return null;
  const stored: StoredBlock[] = blocks.map((b) => ({
    reason: b.reason, note: b.note, blockedBy: b.blockedBy, blockedAt: b.blockedAt.toISOString(),
    ...(b.lifted ? { lifted: { note: b.lifted.note, by: b.lifted.by, at: b.lifted.at.toISOString() } } : {}),
  }));
  return sealJson(cipher, stored, BLOCKS_FIELD);
}

export function toBlocks(cipher: FieldCipher, column: string | null): BlockRecord[] {
  if (column === null) return [];
  return openJson<StoredBlock[]>(cipher, column, BLOCKS_FIELD).map((b) => ({
    reason: b.reason, note: b.note, blockedBy: b.blockedBy, blockedAt: new Date(b.blockedAt),
    ...(b.lifted ? { lifted: { note: b.lifted.note, by: b.lifted.by, at: new Date(b.lifted.at) } } : {}),
  }));
}

/**
 * A block as the data subject's export shows it: reason, who and when — not the staff notes, which
 * may concern a fraud investigation or a court order the customer is not the one to be told of.
 */
export type ExportedBlock = Omit<StoredBlock, 'note' | 'lifted'> & { unblockedBy?: string; unblockedAt?: string };

export const exportedBlocks = (blocks: readonly BlockRecord[]): ExportedBlock[] =>
  blocks.map((b) => ({
    reason: b.reason, blockedBy: b.blockedBy, blockedAt: b.blockedAt.toISOString(),
    ...(b.lifted ? { unblockedBy: b.lifted.by, unblockedAt: b.lifted.at.toISOString() } : {}),
  }));
