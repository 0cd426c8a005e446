import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The erasures a service applied (R-SEC-3): one row per data-subject request it anonymized, with
 * how many rows of each table it touched. Ids and counts only: what was erased is gone.
 */
export class CreatePersonalDataErasure1797200000000 implements MigrationInterface {
  name = 'CreatePersonalDataErasure1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data_erasure (
        request_id    uuid        PRIMARY KEY,
        customer_id   uuid        NOT NULL,
        origin        text        NOT NULL,
        rows          jsonb       NOT NULL,
        anonymized_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX personal_data_erasure_customer_idx ON personal_data_erasure (customer_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE personal_data_erasure`);
  }
}

export const erasureMigrations = [CreatePersonalDataErasure1797200000000];
