import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEALED = ['email', 'phone'];

/**
 * Personal data at rest (LGPD, R-SEC-3): a contact's e-mail and phone must be sealed (or absent) —
 * an older build writing them in clear fails instead of leaking them. Runs only once the start-up
 * backfill sealed the rows written before (src/personal-data-at-rest.ts); refuses otherwise.
 */
export class RequireSealedContact1797100000000 implements MigrationInterface {
  name = 'RequireSealedContact1797100000000';

  async up(q: QueryRunner): Promise<void> {
    const [{ clear }] = (await q.query(`SELECT count(*)::int AS clear FROM customer_contact WHERE ${SEALED.map((c) => `${c} NOT LIKE 'pii:v1:%'`).join(' OR ')}`)) as Array<{ clear: number }>;
    if (clear > 0) throw new Error(`RequireSealedContact: ${clear} customer_contact rows still hold personal data in clear; the notification service seals them at start-up before this migration (README, "Personal data at rest")`);
    for (const column of SEALED) await q.query(`ALTER TABLE customer_contact ADD CONSTRAINT customer_contact_${column}_sealed CHECK (${column} IS NULL OR ${column} LIKE 'pii:v1:%')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of SEALED) await q.query(`ALTER TABLE customer_contact DROP CONSTRAINT customer_contact_${column}_sealed`);
  }
}
