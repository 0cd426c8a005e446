import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEALED = ['cpf', 'name', 'birth_date', 'monthly_income', 'monthly_expenses', 'benefit_number', 'benefit_value', 'email', 'phone'];

/**
 * Personal data at rest (LGPD, R-SEC-3), step 2 of 2 — contract. Runs only once every customer is
 * sealed (the service's start-up backfill runs between the two steps, see src/personal-data-at-rest.ts):
 * the unique clear CPF goes, `cpf_hash` becomes required, and a CHECK per personal column refuses
 * any value that is not sealed — an older build writing clear data fails instead of leaking it.
 */
export class RequireSealedCustomer1796600000002 implements MigrationInterface {
  name = 'RequireSealedCustomer1796600000002';

  async up(q: QueryRunner): Promise<void> {
    const [{ clear }] = (await q.query(`SELECT count(*)::int AS clear FROM customer WHERE cpf_hash IS NULL OR ${SEALED.map((c) => `${c} NOT LIKE 'pii:v1:%'`).join(' OR ')}`)) as Array<{ clear: number }>;
    if (clear > 0) throw new Error(`RequireSealedCustomer: ${clear} customer rows still hold personal data in clear; the proposal service seals them at start-up before this migration (README, "Personal data at rest")`);
    await q.query(`ALTER TABLE customer DROP CONSTRAINT customer_cpf_key, ALTER COLUMN cpf_hash SET NOT NULL`);
    for (const column of SEALED) await q.query(`ALTER TABLE customer ADD CONSTRAINT customer_${column}_sealed CHECK (${column} LIKE 'pii:v1:%')`);
  }

  /** Sealed values are all distinct, so the old unique CPF constraint comes back without a conflict. */
  async down(q: QueryRunner): Promise<void> {
    for (const column of SEALED) await q.query(`ALTER TABLE customer DROP CONSTRAINT customer_${column}_sealed`);
    await q.query('ALTER TABLE customer ALTER COLUMN cpf_hash DROP NOT NULL, ADD CONSTRAINT customer_cpf_key UNIQUE (cpf)');
  }
}
