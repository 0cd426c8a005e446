import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The applicant's seed 004 profile, sealed, beside the decision's reasons (R-CA-3); older analyses have none. */
export class AnalysisApplicantProfile1798500000000 implements MigrationInterface {
  name = 'AnalysisApplicantProfile1798500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE analysis ADD COLUMN applicant_profile jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE analysis DROP COLUMN applicant_profile');
  }
}
