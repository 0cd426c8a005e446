import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data-subject erasure requests (R-SEC-3): who asked, when, and loan's decision. At most one
 * PENDING per customer. Ids and dates only.
 */
export class CreateErasureRequest1797260000000 implements MigrationInterface {
  name = 'CreateErasureRequest1797260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erasure_request (
        id             uuid        PRIMARY KEY,
        customer_id    uuid        NOT NULL REFERENCES customer (id),
        origin         text        NOT NULL CHECK (origin IN ('DATA_SUBJECT', 'PRIVACY_OFFICER', 'RETENTION')),
        requested_by   text        NOT NULL,
        requested_at   timestamptz NOT NULL,
        proposal_ids   uuid[]      NOT NULL,
        state          text        NOT NULL CHECK (state IN ('PENDING', 'ANONYMIZED', 'RETAINED')),
        reason         text        CHECK (reason IN ('CONTRACT_IN_FORCE', 'CONTRACT_RECORDS_RETENTION')),
        retained_until date,
        contract_ids   uuid[],
        decided_at     timestamptz,
        CHECK ((state = 'PENDING') = (decided_at IS NULL)),
        CHECK ((state = 'RETAINED') = (reason IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX erasure_request_one_pending ON erasure_request (customer_id) WHERE state = 'PENDING'`);
    await q.query(`CREATE INDEX erasure_request_customer_idx ON erasure_request (customer_id, requested_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE erasure_request');
  }
}
