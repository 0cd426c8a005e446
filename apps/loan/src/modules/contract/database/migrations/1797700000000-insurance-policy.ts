import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract life cycle II (R-LN-8): the credit-life policy of an insured contract — premium,
 * coverage period, claims and how it ended (policy.mapper.ts) — and the claim a settlement by the
 * insurer answers, with the settlement reason INSURANCE_CLAIM. Contracts booked before it hold no
 * policy record.
 */
export class InsurancePolicy1797700000000 implements MigrationInterface {
  name = 'InsurancePolicy1797700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contract ADD COLUMN insurance_policy jsonb, ADD COLUMN settlement_claim_id uuid');
    await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_settlement_reason_check,
      ADD CONSTRAINT contract_settlement_reason_check CHECK (settlement_reason IN ('PAID_OFF','EARLY_SETTLEMENT','REFINANCED','PORTED_OUT','INSURANCE_CLAIM'))`);
  }

  /** Refused while a contract was settled by an insurer (the older reasons cannot say it). */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_settlement_reason_check,
      ADD CONSTRAINT contract_settlement_reason_check CHECK (settlement_reason IN ('PAID_OFF','EARLY_SETTLEMENT','REFINANCED','PORTED_OUT'))`);
    await q.query('ALTER TABLE contract DROP COLUMN insurance_policy, DROP COLUMN settlement_claim_id');
  }
}
