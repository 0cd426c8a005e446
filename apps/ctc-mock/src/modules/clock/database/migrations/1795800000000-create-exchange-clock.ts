import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The exchange's date shared by every instance: one row, no operator date at first. */
export class CreateExchangeClock1795800000000 implements MigrationInterface {
  name = 'CreateExchangeClock1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE exchange_clock (
        id smallint PRIMARY KEY CHECK (id = 1),
        today date,
        updated_at timestamptz NOT NULL
      )`);
    await q.query('INSERT INTO exchange_clock (id, today, updated_at) VALUES (1, NULL, now())');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE exchange_clock');
  }
}
