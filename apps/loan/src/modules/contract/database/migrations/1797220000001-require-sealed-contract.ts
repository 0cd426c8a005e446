import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEALED = ['benefit_number', 'pending_averbation_cpf'];

/**
 * Personal data at rest (LGPD, R-SEC-3): a contract's benefit number and the CPF a portability in
 * keeps for Dataprev must be sealed (or absent) — an older build writing them in clear fails
 * instead of leaking them. Runs only once the start-up backfill sealed the rows written before
 * (src/personal-data-at-rest.ts); refuses otherwise.
 */
export class RequireSealedContract1797220000001 implements MigrationInterface {
  name = 'RequireSealedContract1797220000001';

  async up(q: QueryRunner): Promise<void> {
    const [{ clear }] = (await q.query(`SELECT count(*)::int AS clear FROM contract WHERE ${SEALED.map((c) => `${c} NOT LIKE 'pii:v1:%'`).join(' OR ')}`)) as Array<{ clear: number }>;
    if (clear > 0) throw new Error(`RequireSealedContract: ${clear} contract rows still hold personal data in clear; the loan service seals them at start-up before this migration (README, "Personal data at rest")`);
    for (const column of SEALED) await q.query(`ALTER TABLE contract ADD CONSTRAINT contract_${column}_sealed CHECK (${column} IS NULL OR ${column} LIKE 'pii:v1:%')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of SEALED) await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_${column}_sealed`);
  }
}
