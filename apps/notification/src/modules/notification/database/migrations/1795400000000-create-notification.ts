import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotification1795400000000 implements MigrationInterface {
  name = 'CreateNotification1795400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        source_event_id uuid NOT NULL,
        source_event_type text NOT NULL,
        correlation_id uuid NOT NULL,
        template text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source_event_id, template)
      )`);
    await q.query('CREATE INDEX notification_customer_created ON notification (customer_id, created_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification');
  }
}
