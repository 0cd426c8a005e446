import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The message feed: one row per status change and institution, numbered in commit order (writers
 * take a transaction lock before numbering), so a reader's cursor never skips a late commit.
 */
export class CreateFeed1795800000002 implements MigrationInterface {
  name = 'CreateFeed1795800000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE feed_message (
        seq bigint PRIMARY KEY,
        participant_ispb text NOT NULL,
        nu text NOT NULL REFERENCES portability (nu),
        role text NOT NULL CHECK (role IN ('ORIGIN', 'DESTINATION')),
        status text NOT NULL,
        previous_status text,
        occurred_at timestamptz NOT NULL,
        snapshot jsonb NOT NULL
      )`);
    await q.query('CREATE SEQUENCE feed_message_seq OWNED BY feed_message.seq');
    await q.query('CREATE INDEX feed_message_by_participant ON feed_message (participant_ispb, seq)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE feed_message');
  }
}
