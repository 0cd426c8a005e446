import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit-life claims (R-LN-8), also the job rows of their insurer calls: one per claim id (loan's,
 * the key the insurer files it under), so a request delivered twice is one claim. Inserts wake
 * the workers (notify_new_jobs, NotifyNewJobs1797400000000) and keep the trace they were made in.
 */
export class CreateInsuranceClaim1797600000000 implements MigrationInterface {
  name = 'CreateInsuranceClaim1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE insurance_claim (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('FILING', 'UNDER_REVIEW', 'PAID', 'DENIED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        detail jsonb NOT NULL,
        lease_token uuid,
        lease_expires_at timestamptz,
        trace_context jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX insurance_claim_due ON insurance_claim (next_attempt_at) WHERE status IN ('FILING', 'UNDER_REVIEW')`);
    await q.query('CREATE INDEX insurance_claim_contract ON insurance_claim (contract_id)');
    await q.query('CREATE TRIGGER insurance_claim_notify AFTER INSERT ON insurance_claim FOR EACH STATEMENT EXECUTE FUNCTION notify_new_jobs()');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE insurance_claim');
  }
}
