import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEALED_JSON = (column: string) => `jsonb_typeof(${column}) = 'string' AND ${column} #>> '{}' LIKE 'pii:v1:%'`;

/** Table → [constraint, what a sealed row satisfies]. */
const CHECKS: Array<[string, string, string]> = [
  ['proposal', 'proposal_decision_sealed', `decision IS NULL OR (${SEALED_JSON('decision')})`],
  ['proposal_timeline', 'proposal_timeline_summary_sealed', `summary LIKE 'pii:v1:%'`],
  ['proposal_parked_event', 'proposal_parked_event_envelope_sealed', SEALED_JSON('envelope')],
];

/**
 * Personal data at rest (LGPD, R-SEC-3): the proposal's copies of personal data — the decision
 * (income-derived margins and capacities), the timeline's summaries, the parked events' envelopes
 * (CPF, benefit number) — must be sealed. Runs only once the start-up backfill sealed the rows
 * written before (src/personal-data-at-rest.ts); refuses otherwise, naming what is still clear.
 */
export class RequireSealedProposalData1796600000003 implements MigrationInterface {
  name = 'RequireSealedProposalData1796600000003';

  async up(q: QueryRunner): Promise<void> {
    const clear: string[] = [];
    for (const [table, , sealed] of CHECKS) {
      const [{ n }] = (await q.query(`SELECT count(*)::int AS n FROM ${table} WHERE NOT (${sealed})`)) as Array<{ n: number }>;
      if (n > 0) clear.push(`${n} ${table}`);
    }
    if (clear.length > 0) throw new Error(`RequireSealedProposalData: rows still in clear (${clear.join(', ')}); the proposal service seals them at start-up before this migration (README, "Personal data at rest")`);
    for (const [table, constraint, sealed] of CHECKS) await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint} CHECK (${sealed})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, constraint] of CHECKS) await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);
  }
}
