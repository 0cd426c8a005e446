import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract life cycle II (seed 003 §4.9): the contract's blocks by staff — reason, who, when and
 * their notes, sealed whole (block.mapper.ts); null for a contract never blocked.
 */
export class ContractBlocks1797300000000 implements MigrationInterface {
  name = 'ContractBlocks1797300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contract ADD COLUMN blocks jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contract DROP COLUMN blocks');
  }
}
