import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract life cycle II (R-LN-8): the credit-life policy of an insured contract — premium,
 * coverage period, claims and how it ended (policy.mapper.ts) — and the claim a settlement by the
 * insurer answers. Contracts booked before it hold no policy record.
 */
export class InsurancePolicy1797700000000 implements MigrationInterface {
  name = 'InsurancePolicy1797700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contract ADD COLUMN insurance_policy jsonb, ADD COLUMN settlement_claim_id uuid');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contract DROP COLUMN insurance_policy, DROP COLUMN settlement_claim_id');
  }
}
