import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The idempotent consumer's inbox (R-EV-5): one row per (consumer group, eventId) processed,
 * inserted in the same transaction as the handler's writes, so a redelivered event finds its row
 * and has no second effect. Topic, partition and offset are kept for investigations.
 */
export class CreateInbox1795375600001 implements MigrationInterface {
  name = 'CreateInbox1795375600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inbox (
        consumer     text        NOT NULL,
        event_id     uuid        NOT NULL,
        event_type   text        NOT NULL,
        topic        text        NOT NULL,
        partition    integer     NOT NULL,
        kafka_offset bigint      NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
    await queryRunner.query(`CREATE INDEX inbox_processed_at_idx ON inbox (processed_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inbox`);
  }
}
