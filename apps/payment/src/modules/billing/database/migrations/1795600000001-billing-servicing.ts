import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Servicing of billings (R-PA-1, R-LN-3): installments can be PAID (date, total, fine, mora, the
 * payment), the customer's credit from overpayments, and the InstallmentDue reminders emitted.
 */
export class BillingServicing1795600000001 implements MigrationInterface {
  name = 'BillingServicing1795600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE billing ADD COLUMN credit_balance numeric(17,2) NOT NULL DEFAULT 0 CHECK (credit_balance >= 0)`);
    // Seed 002 §8.2 step 1 looks the customer up before the contract.
    await q.query(`CREATE INDEX billing_customer ON billing (customer_id)`);
    await q.query(`ALTER TABLE billing_installment DROP CONSTRAINT billing_installment_status_check`);
    await q.query(`ALTER TABLE billing_installment ADD CONSTRAINT billing_installment_status_check CHECK (status IN ('PENDING','PAID','CLOSED'))`);
    await q.query(`
      ALTER TABLE billing_installment
        ADD COLUMN payment_id uuid,
        ADD COLUMN paid_date date,
        ADD COLUMN paid_amount numeric(17,2),
        ADD COLUMN fine numeric(17,2),
        ADD COLUMN mora numeric(17,2),
        ADD CONSTRAINT billing_installment_paid CHECK (
          (status = 'PAID') = (payment_id IS NOT NULL AND paid_date IS NOT NULL AND paid_amount IS NOT NULL AND fine IS NOT NULL AND mora IS NOT NULL))`);
    await q.query(`
      CREATE TABLE installment_reminder (
        contract_id uuid NOT NULL REFERENCES billing (contract_id) ON DELETE CASCADE,
        installment_number integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('UPCOMING','OVERDUE')),
        reference_date date NOT NULL,
        event_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (contract_id, installment_number, kind)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE installment_reminder');
    await q.query('ALTER TABLE billing_installment DROP CONSTRAINT billing_installment_paid');
    // The earlier schema has no PAID: what was paid is owed again as far as it can tell.
    await q.query(`UPDATE billing_installment SET status = 'PENDING' WHERE status = 'PAID'`);
    await q.query('ALTER TABLE billing_installment DROP COLUMN payment_id, DROP COLUMN paid_date, DROP COLUMN paid_amount, DROP COLUMN fine, DROP COLUMN mora');
    await q.query('ALTER TABLE billing_installment DROP CONSTRAINT billing_installment_status_check');
    await q.query(`ALTER TABLE billing_installment ADD CONSTRAINT billing_installment_status_check CHECK (status IN ('PENDING','CLOSED'))`);
    await q.query('DROP INDEX billing_customer');
    await q.query('ALTER TABLE billing DROP COLUMN credit_balance');
  }
}
