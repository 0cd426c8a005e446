import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export const CONTRACT_BLOCK_REVISIONS = Symbol('CONTRACT_BLOCK_REVISIONS');

/** Port: the latest block/unblock revision seen per contract. */
export interface ContractBlockRevisions {
  /** Records `revision` unless an equal or later one is already stored; true when it was recorded (the event is the latest). */
  advance(manager: EntityManager, contractId: string, revision: number): Promise<boolean>;
}

@Injectable()
export class TypeOrmContractBlockRevisions implements ContractBlockRevisions {
  async advance(manager: EntityManager, contractId: string, revision: number): Promise<boolean> {
    // One statement: a block and an unblock of one contract racing on their two topics serialize on the row.
    const rows = (await manager.query(
      `INSERT INTO contract_block_revision (contract_id, revision) VALUES ($1, $2)
       ON CONFLICT (contract_id) DO UPDATE SET revision = EXCLUDED.revision, updated_at = now()
         WHERE contract_block_revision.revision < EXCLUDED.revision
       RETURNING contract_id`,
      [contractId, revision],
    )) as unknown[];
    return rows.length > 0;
  }
}
