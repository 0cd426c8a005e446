import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per idempotent command run (Idempotency-Key, or a natural key such as a payroll
 * remittance's id), per scope. `fingerprint` is the contentHash of what the key vouches for;
 * `result` the command's stored result, replayed to a retry. `result` is NULL only inside the
 * transaction that claimed the key, so no committed row is ever without one.
 */
export class CreateIdempotencyKey1795700000000 implements MigrationInterface {
  name = 'CreateIdempotencyKey1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_key (
        scope       text        NOT NULL,
        key         text        NOT NULL,
        fingerprint char(64)    NOT NULL,
        result      jsonb       NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
    // For purging old keys by age.
    await queryRunner.query(`CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_key`);
  }
}
