import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The consignados elsewhere a profile's customer could port here, sealed (contract numbers, balances); none for older profiles. */
export class ProfilePortableDebts1798600000000 implements MigrationInterface {
  name = 'ProfilePortableDebts1798600000000';

  async up(q: QueryRunner): Promise<void> {
    // IF NOT EXISTS: a development database may have run an interim create-personalization that already had it.
    await q.query('ALTER TABLE financial_profile ADD COLUMN IF NOT EXISTS portable_debts jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE financial_profile DROP COLUMN portable_debts');
  }
}
