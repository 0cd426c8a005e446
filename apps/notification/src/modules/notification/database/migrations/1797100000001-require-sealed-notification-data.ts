import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Table → [constraint, what a sealed row satisfies]. */
const CHECKS: Array<[string, string, string]> = [
  ['notification', 'notification_subject_sealed', `subject LIKE 'pii:v1:%'`],
  ['notification', 'notification_body_sealed', `body LIKE 'pii:v1:%'`],
  ['notification_delivery', 'notification_delivery_address_sealed', `address LIKE 'pii:v1:%'`],
];

/**
 * Personal data at rest (LGPD, R-SEC-3): the rendered texts (amounts, dates, reasons of one
 * customer) and the delivery addresses (e-mail, phone, customer id) must be sealed — an older build writing
 * clear data fails instead of leaking it. Runs only once the start-up backfill sealed the rows
 * written before (src/personal-data-at-rest.ts); refuses otherwise, naming what is still clear.
 */
export class RequireSealedNotificationData1797100000001 implements MigrationInterface {
  name = 'RequireSealedNotificationData1797100000001';

  async up(q: QueryRunner): Promise<void> {
    const clear: string[] = [];
    for (const [table, constraint, sealed] of CHECKS) {
      const [{ n }] = (await q.query(`SELECT count(*)::int AS n FROM ${table} WHERE NOT (${sealed})`)) as Array<{ n: number }>;
      if (n > 0) clear.push(`${n} ${table} (${constraint})`);
    }
    if (clear.length > 0) throw new Error(`RequireSealedNotificationData: rows still in clear (${clear.join(', ')}); the notification service seals them at start-up before this migration (README, "Personal data at rest")`);
    for (const [table, constraint, sealed] of CHECKS) await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint} CHECK (${sealed})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, constraint] of CHECKS) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
  }
}
