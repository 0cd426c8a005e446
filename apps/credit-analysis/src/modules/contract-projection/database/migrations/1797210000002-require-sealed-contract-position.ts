import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEALED = `NOT (payload ? 'benefitNumber') OR payload->>'benefitNumber' LIKE 'pii:v1:%'`;

/**
 * Personal data at rest (LGPD, R-SEC-3): a projected contract's benefit number must be sealed (or
 * absent) — an older build storing it in clear fails instead of leaking it. Runs only once the
 * start-up backfill sealed the positions stored before (src/personal-data-at-rest.ts); refuses otherwise.
 */
export class RequireSealedContractPosition1797210000002 implements MigrationInterface {
  name = 'RequireSealedContractPosition1797210000002';

  async up(q: QueryRunner): Promise<void> {
    const [{ n }] = (await q.query(`SELECT count(*)::int AS n FROM contract_position WHERE NOT (${SEALED})`)) as Array<{ n: number }>;
    if (n > 0) throw new Error(`RequireSealedContractPosition: ${n} contract_position rows still hold a benefit number in clear; the credit-analysis service seals them at start-up before this migration (README, "Personal data at rest")`);
    await q.query(`ALTER TABLE contract_position ADD CONSTRAINT contract_position_benefit_number_sealed CHECK (${SEALED})`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contract_position DROP CONSTRAINT contract_position_benefit_number_sealed');
  }
}
