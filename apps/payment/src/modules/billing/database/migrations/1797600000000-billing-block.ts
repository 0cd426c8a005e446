import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contract's block (seed 003 §4.9, R-LN-8) as loan reports it: reason and since while blocked,
 * and the revision of the last ContractBlocked / ContractUnblocked applied, kept after an unblock
 * so that a late block from the other topic is recognised as stale. Billings never blocked: all null.
 */
export class BillingBlock1797600000000 implements MigrationInterface {
  name = 'BillingBlock1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE billing
        ADD COLUMN block_reason text CHECK (block_reason IN ('JUDICIAL_ORDER','FRAUD_SUSPECTED','DEATH')),
        ADD COLUMN block_since timestamptz,
        ADD COLUMN block_revision integer CHECK (block_revision >= 1),
        ADD CONSTRAINT billing_block_whole CHECK ((block_reason IS NULL) = (block_since IS NULL) AND (block_reason IS NULL OR block_revision IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The earlier schema knows no block: a blocked contract's billing takes payments and reminders again.
    await q.query('ALTER TABLE billing DROP CONSTRAINT billing_block_whole, DROP COLUMN block_reason, DROP COLUMN block_since, DROP COLUMN block_revision');
  }
}
