import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox (R-EV-5): events are inserted here in the same transaction as the
 * state change that causes them; the relay publishes them in `id` order and stamps `sent_at`.
 * `payload` is the whole envelope; `message_key` is the aggregateId (R-EV-4).
 */
export class CreateOutbox1795375600000 implements MigrationInterface {
  name = 'CreateOutbox1795375600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        id          bigserial   PRIMARY KEY,
        event_id    uuid        NOT NULL UNIQUE,
        topic       text        NOT NULL,
        message_key text        NOT NULL,
        event_type  text        NOT NULL,
        payload     jsonb       NOT NULL,
        headers     jsonb       NOT NULL DEFAULT '{}'::jsonb,
        created_at  timestamptz NOT NULL DEFAULT now(),
        sent_at     timestamptz NULL,
        attempts    integer     NOT NULL DEFAULT 0,
        last_error  text        NULL
      )`);
    // The relay only ever reads unsent rows: keep those indexes small as sent rows pile up.
    await queryRunner.query(`CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL`);
    // For the per-key ordering check when several relays claim rows concurrently.
    await queryRunner.query(`CREATE INDEX outbox_unsent_key_idx ON outbox (message_key, id) WHERE sent_at IS NULL`);
    await queryRunner.query(`CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox`);
  }
}
