import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A payroll remittance's replay moves to the shared idempotency_key table (libs/service-kit):
 * scope `receive-remittance`, key = the remittance id, the content hash as fingerprint, the
 * report as stored result. payroll_remittance keeps the report for its query, never empty now.
 */
export class MoveRemittanceReplay1795700000002 implements MigrationInterface {
  name = 'MoveRemittanceReplay1795700000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO idempotency_key (scope, key, fingerprint, result, created_at)
      SELECT 'receive-remittance', remittance_id, content_hash, report, received_at
      FROM payroll_remittance WHERE report IS NOT NULL`);
    await q.query('ALTER TABLE payroll_remittance DROP COLUMN content_hash, ALTER COLUMN report SET NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE payroll_remittance ADD COLUMN content_hash char(64), ALTER COLUMN report DROP NOT NULL');
    await q.query(`
      UPDATE payroll_remittance r SET content_hash = k.fingerprint
      FROM idempotency_key k WHERE k.scope = 'receive-remittance' AND k.key = r.remittance_id`);
    await q.query('ALTER TABLE payroll_remittance ALTER COLUMN content_hash SET NOT NULL');
    await q.query(`DELETE FROM idempotency_key WHERE scope = 'receive-remittance'`);
  }
}
