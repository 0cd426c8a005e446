import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'RECEIVED', 'PENDING', 'ACCEPTED_SETTLEMENT_IN_PROGRESS', 'ACCEPTED_SETTLEMENT_COMPLETED', 'PORTABILITY_COMPLETED', 'REJECTED', 'CANCELLED', 'PAYMENT_ISSUE'`;
const OPEN = `'RECEIVED', 'PENDING', 'ACCEPTED_SETTLEMENT_IN_PROGRESS', 'ACCEPTED_SETTLEMENT_COMPLETED'`;

/**
 * Portabilities and their NU sequence. At most one open portability per origin contract, by a
 * partial unique index: of concurrent requests the first to insert wins and the others fail on it.
 */
export class CreatePortability1795800000001 implements MigrationInterface {
  name = 'CreatePortability1795800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SEQUENCE portability_nu_seq');
    await q.query(`
      CREATE TABLE portability (
        nu text PRIMARY KEY CHECK (nu ~ '^[0-9]{21}$'),
        origin_ispb text NOT NULL CHECK (origin_ispb ~ '^[0-9]{8}$'),
        destination_ispb text NOT NULL CHECK (destination_ispb ~ '^[0-9]{8}$'),
        origin_contract_number text NOT NULL,
        cpf text NOT NULL CHECK (cpf ~ '^[0-9]{11}$'),
        offer jsonb,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        requested_at timestamptz NOT NULL,
        request_date date NOT NULL,
        answer_deadline date NOT NULL,
        answer jsonb,
        due_balance_limit_date date,
        transfer jsonb,
        settlement jsonb,
        closure jsonb,
        status_changed_at timestamptz NOT NULL,
        idempotency_key text,
        request_fingerprint text,
        CHECK (origin_ispb <> destination_ispb),
        CONSTRAINT portability_idempotency_key UNIQUE (destination_ispb, idempotency_key)
      )`);
    await q.query(`CREATE UNIQUE INDEX portability_one_open_per_contract ON portability (origin_ispb, origin_contract_number) WHERE status IN (${OPEN})`);
    await q.query(`CREATE INDEX portability_answer_due ON portability (answer_deadline) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX portability_transfer_due ON portability (due_balance_limit_date) WHERE status = 'ACCEPTED_SETTLEMENT_IN_PROGRESS'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE portability');
    await q.query('DROP SEQUENCE portability_nu_seq');
  }
}
