import type { MigrationInterface, QueryRunner } from 'typeorm';

const DUE = `status IN ('PENDING', 'RETRYING')`;

/**
 * Erasure of a customer's personal data (LGPD art. 18 VI, R-SEC-3): texts and addresses may become
 * NULL, and deliveries still due are CANCELLED then. A due delivery (PENDING, RETRYING) always keeps
 * its address, so the worker never claims one it cannot send; its scan covers due deliveries only.
 */
export class ErasableNotificationData1797250000000 implements MigrationInterface {
  name = 'ErasableNotificationData1797250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notification ALTER COLUMN subject DROP NOT NULL, ALTER COLUMN body DROP NOT NULL');
    await q.query(`
      ALTER TABLE notification_delivery
        ALTER COLUMN address DROP NOT NULL,
        DROP CONSTRAINT notification_delivery_status_check,
        ADD CONSTRAINT notification_delivery_status_check CHECK (status IN ('PENDING', 'RETRYING', 'SENT', 'CANCELLED')),
        ADD CONSTRAINT notification_delivery_due_has_address CHECK (address IS NOT NULL OR NOT (${DUE}))`);
    await q.query('DROP INDEX notification_delivery_due');
    await q.query(`CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at) WHERE ${DUE}`);
  }

  /** The previous release cannot hold erased rows: refuses while any exists. */
  async down(q: QueryRunner): Promise<void> {
    const [{ erased }] = (await q.query(
      `SELECT (SELECT count(*) FROM notification WHERE subject IS NULL OR body IS NULL)::int + (SELECT count(*) FROM notification_delivery WHERE address IS NULL OR status = 'CANCELLED')::int AS erased`,
    )) as Array<{ erased: number }>;
    if (erased > 0) throw new Error(`ErasableNotificationData: ${erased} rows were erased (LGPD); the previous release cannot hold them`);
    await q.query('DROP INDEX notification_delivery_due');
    await q.query(`CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at) WHERE status <> 'SENT'`);
    await q.query(`
      ALTER TABLE notification_delivery
        DROP CONSTRAINT notification_delivery_due_has_address,
        DROP CONSTRAINT notification_delivery_status_check,
        ADD CONSTRAINT notification_delivery_status_check CHECK (status IN ('PENDING', 'RETRYING', 'SENT')),
        ALTER COLUMN address SET NOT NULL`);
    await q.query('ALTER TABLE notification ALTER COLUMN subject SET NOT NULL, ALTER COLUMN body SET NOT NULL');
  }
}
