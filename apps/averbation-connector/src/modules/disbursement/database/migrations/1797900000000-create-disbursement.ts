import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Releases of funds (R-LN-10), also the job rows of their rail calls: one per disbursement id
 * (payment's, the transfer id at the rail), so a request delivered twice is one transfer. The
 * account and the holder's CPF are sealed from the first row (R-SEC-3): CHECKs refuse them in
 * clear; both are nulled when the customer's data is erased (finished rows). Inserts wake the workers (notify_new_jobs) and keep the trace they were made in.
 */
export class CreateDisbursement1797900000000 implements MigrationInterface {
  name = 'CreateDisbursement1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE disbursement (
        id uuid PRIMARY KEY,
        contract_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('FILING', 'PENDING', 'CHECKING', 'RELEASED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        account text CONSTRAINT disbursement_account_sealed CHECK (account LIKE 'pii:v1:%'),
        holder_cpf text CONSTRAINT disbursement_holder_cpf_sealed CHECK (holder_cpf LIKE 'pii:v1:%'),
        detail jsonb NOT NULL,
        lease_token uuid,
        lease_expires_at timestamptz,
        trace_context jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX disbursement_due ON disbursement (next_attempt_at) WHERE status IN ('FILING', 'PENDING', 'CHECKING')`);
    await q.query('CREATE INDEX disbursement_contract ON disbursement (contract_id)');
    await q.query('CREATE INDEX disbursement_customer ON disbursement (customer_id)');
    await q.query('CREATE TRIGGER disbursement_notify AFTER INSERT ON disbursement FOR EACH STATEMENT EXECUTE FUNCTION notify_new_jobs()');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE disbursement');
  }
}
