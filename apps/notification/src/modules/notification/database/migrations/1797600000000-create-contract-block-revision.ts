import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest block/unblock revision seen per contract: ContractBlocked and ContractUnblocked travel
 * on two topics, so a stale one (e.g. a block replayed from the dead-letter topic after its unblock)
 * must not tell the customer the contract is blocked. Ids and a number only: nothing personal.
 */
export class CreateContractBlockRevision1797600000000 implements MigrationInterface {
  name = 'CreateContractBlockRevision1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract_block_revision (
        contract_id uuid PRIMARY KEY,
        revision integer NOT NULL CHECK (revision >= 1),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_block_revision');
  }
}
