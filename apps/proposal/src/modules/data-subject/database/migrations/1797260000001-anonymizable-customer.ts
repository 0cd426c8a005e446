import type { MigrationInterface, QueryRunner } from 'typeorm';

const PERSONAL = ['cpf', 'cpf_hash', 'name', 'birth_date', 'monthly_income'];

/**
 * An anonymized customer (R-SEC-3) keeps its id, link type, channel and dates — what the
 * proposals' accounting refers to — and nothing that names the person: the personal columns may
 * be NULL then, and only then. Without a CPF hash the same person may register again.
 */
export class AnonymizableCustomer1797260000001 implements MigrationInterface {
  name = 'AnonymizableCustomer1797260000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer ${PERSONAL.map((c) => `ALTER COLUMN ${c} DROP NOT NULL`).join(', ')}`);
    await q.query(`ALTER TABLE customer ADD COLUMN anonymized_at timestamptz`);
    await q.query(`ALTER TABLE customer ADD CONSTRAINT customer_personal_data_present CHECK (status = 'ANONYMIZED' OR (${PERSONAL.map((c) => `${c} IS NOT NULL`).join(' AND ')}))`);
    await q.query(`ALTER TABLE customer ADD CONSTRAINT customer_anonymized_at CHECK ((status = 'ANONYMIZED') = (anonymized_at IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer DROP CONSTRAINT customer_anonymized_at, DROP CONSTRAINT customer_personal_data_present, DROP COLUMN anonymized_at`);
    await q.query(`ALTER TABLE customer ${PERSONAL.map((c) => `ALTER COLUMN ${c} SET NOT NULL`).join(', ')}`);
  }
}
