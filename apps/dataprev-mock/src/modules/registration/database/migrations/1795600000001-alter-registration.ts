import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Alterar contrato": a registration keeps the history of its alterations (installment and term
 * replaced, reason, when) inside its own row, as it is always read with it; and a portability
 * names the contract it brings in. Portabilities registered before this keep no origin.
 */
export class AlterRegistration1795600000001 implements MigrationInterface {
  name = 'AlterRegistration1795600000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registration
        ADD COLUMN alterations jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(alterations) = 'array'),
        ADD COLUMN origin_institution_ispb text CHECK (origin_institution_ispb ~ '^[0-9]{8}$'),
        ADD COLUMN origin_contract text CHECK (length(origin_contract) BETWEEN 1 AND 64),
        ADD CONSTRAINT registration_origin_of_portability CHECK (
          (origin_institution_ispb IS NULL) = (origin_contract IS NULL)
          AND (origin_institution_ispb IS NULL OR operation_type = 'PORTABILIDADE')
        )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE registration
        DROP CONSTRAINT registration_origin_of_portability,
        DROP COLUMN origin_contract,
        DROP COLUMN origin_institution_ispb,
        DROP COLUMN alterations`);
  }
}
