import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATES_BEFORE = `'RECEIVED', 'WAITING_MARGIN', 'APPROVED', 'REJECTED', 'CANCELLED'`;

/**
 * Contract life cycle I: a portability waits for the origin's balance (WAITING_PORTABILITY_BALANCE,
 * with the balance kept in `portability`) and an approved refinancing keeps its terms. down()
 * refuses (the check constraint fails) while an analysis still waits for a balance.
 */
export class AnalysisLifeCycle1795600000001 implements MigrationInterface {
  name = 'AnalysisLifeCycle1795600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE analysis DROP CONSTRAINT analysis_state_check');
    await q.query(`ALTER TABLE analysis ADD CONSTRAINT analysis_state_check CHECK (state IN (${STATES_BEFORE}, 'WAITING_PORTABILITY_BALANCE'))`);
    await q.query('ALTER TABLE analysis ADD COLUMN portability jsonb, ADD COLUMN refinancing jsonb');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE analysis DROP CONSTRAINT analysis_state_check');
    await q.query(`ALTER TABLE analysis ADD CONSTRAINT analysis_state_check CHECK (state IN (${STATES_BEFORE}))`);
    await q.query('ALTER TABLE analysis DROP COLUMN portability, DROP COLUMN refinancing');
  }
}
