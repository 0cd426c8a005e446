import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deliveries per channel replace the notification's placeholder status (R-NT-1). */
export class CreateNotificationDelivery1795400000002 implements MigrationInterface {
  name = 'CreateNotificationDelivery1795400000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_delivery (
        id uuid PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES notification (id),
        channel text NOT NULL CHECK (channel IN ('PUSH', 'EMAIL', 'SMS')),
        address text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'RETRYING', 'SENT')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        sent_at timestamptz,
        lease_token uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (notification_id, channel)
      )`);
    // The worker's scan: unsent deliveries by due time.
    await q.query(`CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at) WHERE status <> 'SENT'`);
    await q.query('ALTER TABLE notification DROP COLUMN status');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN status text NOT NULL DEFAULT 'STORED'`);
    await q.query('DROP TABLE notification_delivery');
  }
}
