import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data at rest (LGPD, R-SEC-3): a deduction's benefit number must be sealed (or absent)
 * — an older build writing it in clear fails instead of leaking it. Runs only once the start-up
 * backfill sealed the rows written before (src/personal-data-at-rest.ts); refuses otherwise.
 */
export class RequireSealedPayrollDeduction1797240000001 implements MigrationInterface {
  name = 'RequireSealedPayrollDeduction1797240000001';

  async up(q: QueryRunner): Promise<void> {
    const [{ clear }] = (await q.query(`SELECT count(*)::int AS clear FROM payroll_deduction WHERE benefit_number NOT LIKE 'pii:v1:%'`)) as Array<{ clear: number }>;
    if (clear > 0) throw new Error(`RequireSealedPayrollDeduction: ${clear} payroll_deduction rows still hold personal data in clear; the payment service seals them at start-up before this migration (README, "Personal data at rest")`);
    await q.query(`ALTER TABLE payroll_deduction ADD CONSTRAINT payroll_deduction_benefit_number_sealed CHECK (benefit_number IS NULL OR benefit_number LIKE 'pii:v1:%')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payroll_deduction DROP CONSTRAINT payroll_deduction_benefit_number_sealed`);
  }
}
