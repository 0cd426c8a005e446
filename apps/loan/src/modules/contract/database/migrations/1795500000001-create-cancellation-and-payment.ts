import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every proposal cancellation with the effect it had (R-PR-8), and payments recorded against contracts (R-PA-2). */
export class CreateCancellationAndPayment1795500000001 implements MigrationInterface {
  name = 'CreateCancellationAndPayment1795500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cancellation_request (
        event_id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL,
        contract_id uuid,
        reason text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('CANCELLED','IGNORED')),
        explanation text NOT NULL,
        requested_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX cancellation_request_proposal ON cancellation_request (proposal_id)');
    await q.query(`
      CREATE TABLE contract_payment (
        payment_id uuid PRIMARY KEY,
        contract_id uuid NOT NULL REFERENCES contract (id),
        source text NOT NULL,
        purpose text NOT NULL,
        amount numeric(17,2) NOT NULL,
        unallocated numeric(17,2) NOT NULL,
        overpayment numeric(17,2) NOT NULL,
        payment_date date NOT NULL,
        applied boolean NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_payment');
    await q.query('DROP TABLE cancellation_request');
  }
}
