import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel new jobs are announced on; the payload is `schema.table`. */
export const JOBS_CHANNEL = 'connector_jobs';
const JOB_TABLES = ['margin_check', 'averbation', 'averbation_alteration', 'portability_in', 'portability_out'];

/**
 * Each statement that inserts jobs NOTIFYs the workers (delivered at commit, once per
 * transaction and payload), so they need not wait for their next poll.
 */
export class NotifyNewJobs1797400000000 implements MigrationInterface {
  name = 'NotifyNewJobs1797400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_new_jobs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${JOBS_CHANNEL}', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of JOB_TABLES) {
      await q.query(`CREATE TRIGGER ${table}_notify AFTER INSERT ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION notify_new_jobs()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of JOB_TABLES) await q.query(`DROP TRIGGER ${table}_notify ON ${table}`);
    await q.query('DROP FUNCTION notify_new_jobs()');
  }
}
