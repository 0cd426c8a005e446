import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The billing keeps the contract's finance position (docs/life-cycle.md principle 3): the rate,
 * the plan's start and installment, and each row's interest, amortization and balance. Billings
 * that existed before have no position: their columns stay null and balance operations on them are
 * refused (BILLING.POSITION_UNKNOWN) rather than guessed. Rows ended by a settlement of the whole
 * contract are SETTLED. Refinancing holds (R-LN-6) get their table.
 */
export class BillingPosition1795900000000 implements MigrationInterface {
  name = 'BillingPosition1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE billing
        ADD COLUMN monthly_rate numeric CHECK (monthly_rate >= 0 AND monthly_rate < 1),
        ADD COLUMN plan_start_date date,
        ADD COLUMN plan_start_balance numeric(17,2) CHECK (plan_start_balance > 0),
        ADD COLUMN plan_after_installment integer CHECK (plan_after_installment >= 0),
        ADD COLUMN plan_installment numeric(17,2) CHECK (plan_installment > 0),
        ADD COLUMN plan_payment_id uuid,
        ADD COLUMN settled_by_payment_id uuid,
        ADD CONSTRAINT billing_plan_whole CHECK (num_nulls(monthly_rate, plan_start_date, plan_start_balance, plan_after_installment, plan_installment) IN (0, 5))`);
    await q.query(`
      ALTER TABLE billing_installment
        ADD COLUMN interest numeric(17,2),
        ADD COLUMN amortization numeric(17,2),
        ADD COLUMN balance numeric(17,2) CHECK (balance >= 0),
        ADD CONSTRAINT billing_installment_split CHECK (num_nulls(interest, amortization, balance) IN (0, 3))`);
    await q.query(`ALTER TABLE billing_installment DROP CONSTRAINT billing_installment_status_check`);
    await q.query(`ALTER TABLE billing_installment ADD CONSTRAINT billing_installment_status_check CHECK (status IN ('PENDING','PAID','CLOSED','SETTLED'))`);
    await q.query(`
      CREATE TABLE refinancing_hold (
        proposal_id uuid PRIMARY KEY,
        contract_id uuid,
        status text NOT NULL CHECK (status IN ('HELD','RELEASED')),
        held_at timestamptz,
        released_at timestamptz,
        release_reason text CHECK (release_reason IN ('ACTIVATED','CANCELLED')),
        CHECK (status <> 'HELD' OR (contract_id IS NOT NULL AND held_at IS NOT NULL)),
        CHECK ((status = 'RELEASED') = (released_at IS NOT NULL AND release_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX refinancing_hold_held ON refinancing_hold (contract_id) WHERE status = 'HELD'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE refinancing_hold');
    // The earlier schema ends rows only as CLOSED; amended plans keep their (amended) rows.
    await q.query(`UPDATE billing_installment SET status = 'CLOSED' WHERE status = 'SETTLED'`);
    await q.query(`ALTER TABLE billing_installment DROP CONSTRAINT billing_installment_status_check`);
    await q.query(`ALTER TABLE billing_installment ADD CONSTRAINT billing_installment_status_check CHECK (status IN ('PENDING','PAID','CLOSED'))`);
    await q.query('ALTER TABLE billing_installment DROP CONSTRAINT billing_installment_split, DROP COLUMN interest, DROP COLUMN amortization, DROP COLUMN balance');
    await q.query(`
      ALTER TABLE billing DROP CONSTRAINT billing_plan_whole,
        DROP COLUMN monthly_rate, DROP COLUMN plan_start_date, DROP COLUMN plan_start_balance, DROP COLUMN plan_after_installment,
        DROP COLUMN plan_installment, DROP COLUMN plan_payment_id, DROP COLUMN settled_by_payment_id`);
  }
}
