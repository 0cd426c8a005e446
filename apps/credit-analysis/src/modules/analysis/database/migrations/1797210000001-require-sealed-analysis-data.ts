import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEALED_JSON = (column: string) => `jsonb_typeof(${column}) = 'string' AND ${column} #>> '{}' LIKE 'pii:v1:%'`;

/** [constraint, what a sealed row satisfies]. */
const CHECKS: Array<[string, string]> = [
  ['analysis_application_sealed', `application IS NULL OR (${SEALED_JSON('application')})`],
  ['analysis_margin_sealed', `margin IS NULL OR (${SEALED_JSON('margin')})`],
  ['analysis_reasons_sealed', `reasons = '[]'::jsonb OR (${SEALED_JSON('reasons')})`],
];

/**
 * Personal data at rest (LGPD, R-SEC-3): an analysis' application (CPF, birth date, income,
 * expenses, benefit number and value), Dataprev's margin (benefit number, benefit-derived margins)
 * and the reasons (ages, scores, income-derived capacities) must be sealed — an older build writing
 * them in clear fails instead of leaking them. Runs only once the start-up backfill sealed the rows
 * written before (src/personal-data-at-rest.ts); refuses otherwise, naming what is still clear.
 */
export class RequireSealedAnalysisData1797210000001 implements MigrationInterface {
  name = 'RequireSealedAnalysisData1797210000001';

  async up(q: QueryRunner): Promise<void> {
    const clear: string[] = [];
    for (const [constraint, sealed] of CHECKS) {
      const [{ n }] = (await q.query(`SELECT count(*)::int AS n FROM analysis WHERE NOT (${sealed})`)) as Array<{ n: number }>;
      if (n > 0) clear.push(`${n} analysis (${constraint})`);
    }
    if (clear.length > 0) throw new Error(`RequireSealedAnalysisData: rows still in clear (${clear.join(', ')}); the credit-analysis service seals them at start-up before this migration (README, "Personal data at rest")`);
    for (const [constraint, sealed] of CHECKS) await q.query(`ALTER TABLE analysis ADD CONSTRAINT ${constraint} CHECK (${sealed})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [constraint] of CHECKS) await q.query(`ALTER TABLE analysis DROP CONSTRAINT ${constraint}`);
  }
}
