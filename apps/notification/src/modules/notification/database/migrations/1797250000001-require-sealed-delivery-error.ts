import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data at rest (LGPD, R-SEC-3): a delivery's last error is masked, yet a provider's text
 * may still quote the recipient in forms no mask recognizes ("550 joana.silva: no such user"), so
 * it must be sealed too. Runs only once the start-up backfill sealed the errors written before
 * (src/personal-data-at-rest.ts); refuses otherwise.
 */
export class RequireSealedDeliveryError1797250000001 implements MigrationInterface {
  name = 'RequireSealedDeliveryError1797250000001';

  async up(q: QueryRunner): Promise<void> {
    const [{ clear }] = (await q.query(`SELECT count(*)::int AS clear FROM notification_delivery WHERE last_error NOT LIKE 'pii:v1:%'`)) as Array<{ clear: number }>;
    if (clear > 0) throw new Error(`RequireSealedDeliveryError: ${clear} notification_delivery rows still hold last_error in clear; the notification service seals them at start-up before this migration (README, "Personal data at rest")`);
    await q.query(`ALTER TABLE notification_delivery ADD CONSTRAINT notification_delivery_last_error_sealed CHECK (last_error IS NULL OR last_error LIKE 'pii:v1:%')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE notification_delivery DROP CONSTRAINT notification_delivery_last_error_sealed');
  }
}
