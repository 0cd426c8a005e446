import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Payments received, manual (with their Idempotency-Key) or payroll (with their remittance). */
export class CreatePayment1795600000004 implements MigrationInterface {
  name = 'CreatePayment1795600000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payment (
        payment_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        contract_id uuid NOT NULL REFERENCES billing (contract_id),
        source text NOT NULL CHECK (source IN ('MANUAL','PAYROLL')),
        amount numeric(17,2) NOT NULL CHECK (amount > 0),
        overpayment numeric(17,2) NOT NULL CHECK (overpayment >= 0),
        payment_date date NOT NULL,
        paid_at timestamptz NOT NULL,
        allocations jsonb NOT NULL,
        late_charge_parameters text NOT NULL,
        remittance_id text REFERENCES payroll_remittance (remittance_id),
        idempotency_key text UNIQUE,
        request_fingerprint char(64),
        CHECK ((idempotency_key IS NULL) = (request_fingerprint IS NULL)),
        CHECK ((source = 'PAYROLL') = (remittance_id IS NOT NULL))
      )`);
    await q.query('CREATE INDEX payment_contract ON payment (contract_id, paid_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE payment');
  }
}
