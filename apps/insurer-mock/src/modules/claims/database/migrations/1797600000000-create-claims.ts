import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claims, keyed by the bank's claim id (a retried filing finds its claim), numbered from a
 * sequence, at most one per policy (the insured dies once); and the outcome scripts of tests and
 * demos, one per policy number or '*' for any, stored so every instance and a restart agree.
 */
export class CreateClaims1797600000000 implements MigrationInterface {
  name = 'CreateClaims1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE SEQUENCE claim_number_seq');
    await q.query(`
      CREATE TABLE claim (
        claim_id uuid PRIMARY KEY,
        insurer_claim_number text NOT NULL UNIQUE CHECK (insurer_claim_number ~ '^SIN-[0-9]{4}-[0-9]{6,}$'),
        contract_id uuid NOT NULL,
        policy_number text NOT NULL CHECK (policy_number ~ '^[0-9A-Z-]{6,32}$'),
        cause text NOT NULL CHECK (cause IN ('DEATH')),
        coverage_date date NOT NULL,
        coverage_amount numeric(15, 2) NOT NULL CHECK (coverage_amount > 0),
        status text NOT NULL CHECK (status IN ('UNDER_REVIEW', 'PAID', 'DENIED')),
        verdict jsonb NOT NULL,
        filed_at timestamptz NOT NULL,
        decides_at timestamptz NOT NULL,
        CONSTRAINT claim_one_per_policy UNIQUE (policy_number)
      )`);
    await q.query('CREATE INDEX claim_contract ON claim (contract_id)');
    await q.query(`
      CREATE TABLE outcome_script (
        subject text PRIMARY KEY CHECK (subject = '*' OR subject ~ '^[0-9A-Z-]{6,32}$'),
        verdict jsonb NOT NULL,
        review_ms integer CHECK (review_ms >= 0),
        remaining integer NOT NULL CHECK (remaining > 0),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outcome_script');
    await q.query('DROP TABLE claim');
    await q.query('DROP SEQUENCE claim_number_seq');
  }
}
