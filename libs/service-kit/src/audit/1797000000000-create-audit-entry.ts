import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who did what among the back-office actions (R-SEC-1): one row per attempt, refused ones too.
 * No request bodies: ids in the path say what was touched, and personal data stays out.
 */
export class CreateAuditEntry1797000000000 implements MigrationInterface {
  name = 'CreateAuditEntry1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_entry (
        id             bigserial   PRIMARY KEY,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        actor          text        NOT NULL,
        client_id      text        NOT NULL,
        roles          text[]      NOT NULL,
        action         text        NOT NULL,
        method         text        NOT NULL,
        path           text        NOT NULL,
        status         integer     NOT NULL,
        outcome        text        NOT NULL,
        correlation_id text        NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, recorded_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_entry`);
  }
}

/** The audit table's migrations, added to a service's DataSource like `idempotencyMigrations`. */
export const auditMigrations = [CreateAuditEntry1797000000000];
