import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestSealedCheck } from '../../../../privacy/sealed-request';

const sealed = (column: string): string => `${column} IS NULL OR ${column} LIKE 'pii:v1:%'`;

/** Each constraint: table, name, the condition every row must meet. */
const CONSTRAINTS: ReadonlyArray<readonly [string, string, string]> = [
  ['margin_check', 'margin_check_benefit_number_sealed', sealed('benefit_number')],
  ['margin_check', 'margin_check_request_sealed', requestSealedCheck()],
  ['averbation', 'averbation_benefit_number_sealed', sealed('benefit_number')],
  ['averbation', 'averbation_request_sealed', requestSealedCheck()],
  ['averbation_alteration', 'averbation_alteration_benefit_number_sealed', sealed('benefit_number')],
  ['portability_in', 'portability_in_cpf_sealed', sealed('cpf')],
];

/**
 * Personal data at rest (LGPD, R-SEC-3): benefit numbers, the CPF and the stored requests' CPF and
 * benefit number must be sealed (or absent) — an older build writing them in clear fails instead
 * of leaking them. Runs only once the start-up backfill sealed the rows written before
 * (src/personal-data-at-rest.ts); refuses otherwise, naming the table.
 */
export class RequireSealedConnectorData1797230000001 implements MigrationInterface {
  name = 'RequireSealedConnectorData1797230000001';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, , condition] of CONSTRAINTS) {
      const [{ clear }] = (await q.query(`SELECT count(*)::int AS clear FROM ${table} WHERE NOT (${condition})`)) as Array<{ clear: number }>;
      if (clear > 0) throw new Error(`RequireSealedConnectorData: ${clear} ${table} rows still hold personal data in clear; the averbation-connector seals them at start-up before this migration (README, "Personal data at rest")`);
    }
    for (const [table, name, condition] of CONSTRAINTS) await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${condition})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, name] of CONSTRAINTS) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
  }
}
