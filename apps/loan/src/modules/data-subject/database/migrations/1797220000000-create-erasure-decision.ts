import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Loan's decision on each data-subject erasure request (R-SEC-3), one per request id: a request
 * delivered again — the same event or another one of the same request — is not decided (nor
 * published) twice. Ids, the verdict and dates only.
 */
export class CreateErasureDecision1797220000000 implements MigrationInterface {
  name = 'CreateErasureDecision1797220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE personal_data_erasure_decision (
        request_id     uuid        PRIMARY KEY,
        customer_id    uuid        NOT NULL,
        origin         text        NOT NULL,
        decision       text        NOT NULL CHECK (decision IN ('ANONYMIZE', 'RETAIN')),
        reason         text        CHECK (reason IN ('CONTRACT_IN_FORCE', 'CONTRACT_RECORDS_RETENTION')),
        retained_until date,
        contract_ids   jsonb       NOT NULL,
        event_id       uuid        NOT NULL,
        decided_at     timestamptz NOT NULL,
        CHECK ((decision = 'RETAIN') = (reason IS NOT NULL)),
        CHECK ((reason = 'CONTRACT_RECORDS_RETENTION') = (retained_until IS NOT NULL))
      )`);
    await q.query('CREATE INDEX personal_data_erasure_decision_customer ON personal_data_erasure_decision (customer_id, decided_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE personal_data_erasure_decision');
  }
}
