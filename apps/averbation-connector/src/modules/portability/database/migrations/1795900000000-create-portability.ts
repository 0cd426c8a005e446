import type { MigrationInterface, QueryRunner } from 'typeorm';

const JOB_COLUMNS = `
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        detail jsonb NOT NULL,
        lease_token uuid,
        lease_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()`;

/** Our participant at the exchange (R-LN-7, R-LN-11): portabilities in and out (also job rows), the feed's cursor and messages. */
export class CreatePortability1795900000000 implements MigrationInterface {
  name = 'CreatePortability1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE portability_in (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL UNIQUE,
        contract_id uuid UNIQUE,
        portability_number text UNIQUE CHECK (portability_number ~ '^[0-9]{21}$'),
        cpf text,
        status text NOT NULL CHECK (status IN ('OPENING', 'AWAITING_BALANCE', 'BALANCE_RECEIVED', 'LAPSED', 'TRANSFERRING', 'AWAITING_SETTLEMENT',
          'COMPLETED', 'REQUEST_FAILED', 'TRANSFER_FAILED', 'CANCELLING', 'CANCELLED', 'CANCELLATION_FAILED')),${JOB_COLUMNS}
      )`);
    await q.query(`CREATE INDEX portability_in_due ON portability_in (next_attempt_at) WHERE status IN ('OPENING', 'TRANSFERRING', 'CANCELLING')`);
    await q.query(`
      CREATE TABLE portability_out (
        id uuid PRIMARY KEY,
        portability_number text NOT NULL UNIQUE CHECK (portability_number ~ '^[0-9]{21}$'),
        contract_id uuid,
        status text NOT NULL CHECK (status IN ('REFUSING_UNKNOWN', 'REQUESTED', 'ANSWERING', 'REFUSING', 'ANSWERED', 'REFUSED', 'ANSWER_FAILED',
          'FUNDS_RECEIVED', 'CONFIRMING', 'COMPLETED', 'CONFIRMATION_FAILED', 'CLOSED')),${JOB_COLUMNS}
      )`);
    await q.query(`CREATE INDEX portability_out_due ON portability_out (next_attempt_at) WHERE status IN ('REFUSING_UNKNOWN', 'ANSWERING', 'REFUSING', 'CONFIRMING')`);
    await q.query(`CREATE INDEX portability_out_contract ON portability_out (contract_id)`);
    await q.query(`
      CREATE TABLE ctc_feed_cursor (
        id text PRIMARY KEY,
        position bigint NOT NULL CHECK (position >= 0),
        failures integer NOT NULL DEFAULT 0,
        next_read_at timestamptz NOT NULL DEFAULT now(),
        lease_token uuid,
        lease_expires_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO ctc_feed_cursor (id, position) VALUES ('ctc', 0)`);
    await q.query(`
      CREATE TABLE ctc_feed_message (
        portability_number text NOT NULL,
        status text NOT NULL,
        role text NOT NULL CHECK (role IN ('ORIGIN', 'DESTINATION')),
        cursor bigint NOT NULL,
        snapshot jsonb NOT NULL,
        problem text,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (portability_number, status)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE ctc_feed_message');
    await q.query('DROP TABLE ctc_feed_cursor');
    await q.query('DROP TABLE portability_out');
    await q.query('DROP TABLE portability_in');
  }
}
