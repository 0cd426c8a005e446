import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry of averbações and the per-benefit row that serialises registrations (R-AV-3). */
export class CreateRegistry1795600000000 implements MigrationInterface {
  name = 'CreateRegistry1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE benefit_account (
        benefit_number text PRIMARY KEY CHECK (benefit_number ~ '^[0-9]{10}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE SEQUENCE registration_protocol_seq');
    await q.query(`
      CREATE TABLE registration (
        protocol text PRIMARY KEY,
        contract_id text NOT NULL UNIQUE,
        benefit_number text NOT NULL REFERENCES benefit_account (benefit_number),
        cpf text NOT NULL,
        installment_amount numeric(17, 2) NOT NULL CHECK (installment_amount > 0),
        term_months integer NOT NULL CHECK (term_months BETWEEN 1 AND 480),
        first_deduction_date date NOT NULL,
        operation_type text NOT NULL,
        refinanced_contract_id text,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
        registered_at timestamptz NOT NULL,
        cancelled_at timestamptz
      )`);
    await q.query(`CREATE INDEX registration_active_by_benefit ON registration (benefit_number) WHERE status = 'ACTIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE registration');
    await q.query('DROP SEQUENCE registration_protocol_seq');
    await q.query('DROP TABLE benefit_account');
  }
}
