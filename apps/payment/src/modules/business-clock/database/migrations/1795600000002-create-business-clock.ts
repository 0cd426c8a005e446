import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The business date shared by every instance: one row, no adjustment at first. */
export class CreateBusinessClock1795600000002 implements MigrationInterface {
  name = 'CreateBusinessClock1795600000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE business_clock (
        id smallint PRIMARY KEY CHECK (id = 1),
        today date,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`INSERT INTO business_clock (id, today, updated_at) VALUES (1, NULL, now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE business_clock');
  }
}
