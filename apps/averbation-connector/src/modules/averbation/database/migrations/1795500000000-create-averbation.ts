import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Averbations (one per contract, also the job row of its Dataprev calls) and closed contracts. */
export class CreateAverbation1795500000000 implements MigrationInterface {
  name = 'CreateAverbation1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE averbation (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL UNIQUE,
        proposal_id uuid NOT NULL,
        benefit_number text NOT NULL,
        installment_amount numeric(17, 2) NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_REGISTRATION', 'REGISTERED', 'REJECTED', 'FAILED', 'PENDING_CANCELLATION', 'CANCELLED', 'CANCELLATION_FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        protocol text,
        registered_at timestamptz,
        cancelled_at timestamptz,
        close_reason text,
        last_error_code text,
        last_error_message text,
        request jsonb NOT NULL,
        lease_token uuid,
        lease_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX averbation_due ON averbation (next_attempt_at) WHERE status IN ('PENDING_REGISTRATION', 'PENDING_CANCELLATION')`);
    // A contract cancelled before its AverbationRequested arrived (topics do not order across event types).
    await q.query(`
      CREATE TABLE contract_closure (
        contract_id uuid PRIMARY KEY,
        reason text NOT NULL,
        closed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_closure');
    await q.query('DROP TABLE averbation');
  }
}
