import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAnalysis1795420000000 implements MigrationInterface {
  name = 'CreateAnalysis1795420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analysis (
        proposal_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        state text NOT NULL CHECK (state IN ('RECEIVED', 'WAITING_MARGIN', 'APPROVED', 'REJECTED', 'CANCELLED')),
        product text,
        application jsonb,
        correlation_id uuid,
        reasons jsonb NOT NULL DEFAULT '[]',
        parameter_version text,
        parameter_versions jsonb NOT NULL DEFAULT '[]',
        terms jsonb,
        margin jsonb,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        decided_at timestamptz
      )`);
    await q.query('CREATE INDEX analysis_state ON analysis (state)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE analysis');
  }
}
