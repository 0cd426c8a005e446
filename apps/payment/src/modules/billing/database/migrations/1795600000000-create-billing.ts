import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Billing per contract, its installments, and the payroll-deduction registrations (R-PA-1). */
export class CreateBilling1795600000000 implements MigrationInterface {
  name = 'CreateBilling1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE billing (
        contract_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE','CANCELLED','SETTLED')),
        activated_at timestamptz,
        closed_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE billing_installment (
        contract_id uuid NOT NULL REFERENCES billing (contract_id) ON DELETE CASCADE,
        number integer NOT NULL,
        due_date date NOT NULL,
        amount numeric(17,2) NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING','CLOSED')),
        PRIMARY KEY (contract_id, number)
      )`);
    // The daily InstallmentDue job (R-PA-1) will scan pending installments by due date.
    await q.query(`CREATE INDEX billing_installment_pending_due ON billing_installment (due_date) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE TABLE payroll_deduction (
        contract_id uuid PRIMARY KEY,
        averbation_id uuid NOT NULL,
        protocol text NOT NULL,
        benefit_number text NOT NULL,
        installment_amount numeric(17,2) NOT NULL,
        term_months integer NOT NULL,
        first_due_date date NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE payroll_deduction');
    await q.query('DROP TABLE billing_installment');
    await q.query('DROP TABLE billing');
  }
}
