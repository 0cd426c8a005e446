import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each deduction's latest amended plan (R-LN-5), also the job row of its "Alterar contrato" call. */
export class CreateAverbationAlteration1795500000002 implements MigrationInterface {
  name = 'CreateAverbationAlteration1795500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE averbation_alteration (
        id uuid PRIMARY KEY REFERENCES averbation (id),
        contract_id uuid NOT NULL UNIQUE,
        protocol text NOT NULL,
        benefit_number text NOT NULL,
        installment_amount numeric(17, 2) NOT NULL CHECK (installment_amount > 0),
        remaining_installments integer NOT NULL CHECK (remaining_installments BETWEEN 1 AND 480),
        effective_date date NOT NULL,
        amended_at timestamptz NOT NULL,
        payment_id uuid NOT NULL,
        revision integer NOT NULL,
        request jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'APPLIED', 'REFUSED', 'FAILED', 'DROPPED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        applied_at timestamptz,
        last_error_code text,
        last_error_message text,
        lease_token uuid,
        lease_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX averbation_alteration_due ON averbation_alteration (next_attempt_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE averbation_alteration');
  }
}
