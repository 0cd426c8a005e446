import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Margin queries waiting for (or done with) Dataprev; the request, with its CPF, is dropped when done. */
export class CreateMarginCheck1795500000001 implements MigrationInterface {
  name = 'CreateMarginCheck1795500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE margin_check (
        id uuid PRIMARY KEY,
        request_event_id uuid NOT NULL UNIQUE,
        proposal_id uuid NOT NULL,
        benefit_number text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'CHECKED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error_code text,
        last_error_message text,
        request jsonb,
        lease_token uuid,
        lease_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status <> 'PENDING' OR request IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX margin_check_due ON margin_check (next_attempt_at) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE margin_check');
  }
}
