import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer's payout account (R-LN-10): the PIX key or bank account as one sealed JSON value
 * (`pii:v1:…`, a CHECK refuses anything else) and when it last changed. Nullable: a customer has
 * none until they register one, and again none once anonymized; never written in clear.
 */
export class CustomerPayoutAccount1797950000000 implements MigrationInterface {
  name = 'CustomerPayoutAccount1797950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customer
        ADD COLUMN payout_account text,
        ADD COLUMN payout_account_changed_at timestamptz,
        ADD CONSTRAINT customer_payout_account_sealed CHECK (payout_account IS NULL OR payout_account LIKE 'pii:v1:%'),
        ADD CONSTRAINT customer_payout_account_dated CHECK ((payout_account IS NULL) = (payout_account_changed_at IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer DROP CONSTRAINT customer_payout_account_dated, DROP CONSTRAINT customer_payout_account_sealed, DROP COLUMN payout_account_changed_at, DROP COLUMN payout_account`);
  }
}
