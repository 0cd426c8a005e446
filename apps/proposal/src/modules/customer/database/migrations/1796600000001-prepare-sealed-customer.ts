import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data at rest (LGPD, R-SEC-3), step 1 of 2 — expand. The customer's personal columns
 * become text, to hold `pii:v1:<kid>:…` (amounts keep their decimal string, the birth date its ISO
 * text), and `cpf_hash` (HMAC of the CPF) is added for uniqueness and lookup. A migration cannot
 * read the key ring, so the rows already there are sealed by the service's start-up backfill;
 * RequireSealedCustomer1796600000002 then makes clear values impossible.
 */
export class PrepareSealedCustomer1796600000001 implements MigrationInterface {
  name = 'PrepareSealedCustomer1796600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customer
        DROP CONSTRAINT customer_monthly_income_check,
        DROP CONSTRAINT customer_monthly_expenses_check,
        ALTER COLUMN cpf TYPE text,
        ALTER COLUMN birth_date TYPE text USING to_char(birth_date, 'YYYY-MM-DD'),
        ALTER COLUMN monthly_income TYPE text USING monthly_income::text,
        ALTER COLUMN monthly_expenses TYPE text USING monthly_expenses::text,
        ALTER COLUMN benefit_number TYPE text,
        ALTER COLUMN benefit_value TYPE text USING benefit_value::text,
        ADD COLUMN cpf_hash char(64),
        ADD CONSTRAINT customer_cpf_hash_key UNIQUE (cpf_hash)`);
  }

  /**
   * Only while every customer is still in clear: no SQL can open a sealed value (the keys are
   * configuration), so with sealed rows it refuses rather than fail half-way or lose data.
   */
  async down(q: QueryRunner): Promise<void> {
    const [{ sealed }] = (await q.query('SELECT count(*)::int AS sealed FROM customer WHERE cpf_hash IS NOT NULL')) as Array<{ sealed: number }>;
    if (sealed > 0) throw new Error(`PrepareSealedCustomer down(): ${sealed} customer rows hold sealed personal data, which SQL cannot open; unseal them with the service first`);
    await q.query(`
      ALTER TABLE customer
        DROP CONSTRAINT customer_cpf_hash_key,
        DROP COLUMN cpf_hash,
        ALTER COLUMN cpf TYPE char(11),
        ALTER COLUMN birth_date TYPE date USING birth_date::date,
        ALTER COLUMN monthly_income TYPE numeric(15,2) USING monthly_income::numeric,
        ALTER COLUMN monthly_expenses TYPE numeric(15,2) USING monthly_expenses::numeric,
        ALTER COLUMN benefit_number TYPE char(10),
        ALTER COLUMN benefit_value TYPE numeric(15,2) USING benefit_value::numeric,
        ADD CONSTRAINT customer_monthly_income_check CHECK (monthly_income > 0),
        ADD CONSTRAINT customer_monthly_expenses_check CHECK (monthly_expenses >= 0)`);
  }
}
