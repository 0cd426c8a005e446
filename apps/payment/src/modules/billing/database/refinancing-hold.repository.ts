import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { RefinancingHoldRow } from './refinancing-hold.orm-entity';

export const REFINANCING_HOLD_REPOSITORY = Symbol('REFINANCING_HOLD_REPOSITORY');

export type HoldRelease = 'ACTIVATED' | 'CANCELLED' | 'AVERBATION_FAILED';

/** Port: refinancing holds by proposal. Writes are single-row upserts, safe under concurrent consumers. */
export interface RefinancingHoldRepository {
  /** Holds the contract for the proposal unless the proposal already has a hold or a release; true when it held. */
  hold(manager: EntityManager, proposalId: string, contractId: string, at: Date): Promise<boolean>;
  /** Releases the proposal's hold, or records the release for a hold that may come later; true when a hold was released. */
  release(manager: EntityManager, proposalId: string, reason: HoldRelease, at: Date): Promise<boolean>;
  /** Whether a refinancing of the contract is pending. */
  isHeld(manager: EntityManager, contractId: string): Promise<boolean>;
  /** The pending hold of a contract, for the billing view. */
  heldBy(contractId: string): Promise<{ proposalId: string; heldAt: Date } | undefined>;
}

@Injectable()
export class TypeOrmRefinancingHoldRepository implements RefinancingHoldRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hold(manager: EntityManager, proposalId: string, contractId: string, at: Date): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO refinancing_hold (proposal_id, contract_id, status, held_at) VALUES ($1, $2, 'HELD', $3) ON CONFLICT (proposal_id) DO NOTHING RETURNING proposal_id`,
      [proposalId, contractId, at],
    );
    return rows.length > 0;
  }

  async release(manager: EntityManager, proposalId: string, reason: HoldRelease, at: Date): Promise<boolean> {
    // One upsert, so a hold inserted concurrently is released too; `before` tells whether a hold ended.
    const rows: Array<{ was: string | null }> = await manager.query(
      `WITH before AS (SELECT status FROM refinancing_hold WHERE proposal_id = $1 FOR UPDATE)
       INSERT INTO refinancing_hold (proposal_id, status, released_at, release_reason) VALUES ($1, 'RELEASED', $2, $3)
       ON CONFLICT (proposal_id) DO UPDATE SET status = 'RELEASED', released_at = EXCLUDED.released_at, release_reason = EXCLUDED.release_reason
         WHERE refinancing_hold.status = 'HELD'
       RETURNING (SELECT status FROM before) AS was`,
      [proposalId, at, reason],
    );
    return rows[0]?.was === 'HELD';
  }

  async isHeld(manager: EntityManager, contractId: string): Promise<boolean> {
    return manager.getRepository(RefinancingHoldRow).exists({ where: { contractId, status: 'HELD' } });
  }

  async heldBy(contractId: string): Promise<{ proposalId: string; heldAt: Date } | undefined> {
    const row = await this.dataSource.getRepository(RefinancingHoldRow).findOne({ where: { contractId, status: 'HELD' }, order: { heldAt: 'ASC' } });
    return row?.heldAt ? { proposalId: row.proposalId, heldAt: row.heldAt } : undefined;
  }
}
