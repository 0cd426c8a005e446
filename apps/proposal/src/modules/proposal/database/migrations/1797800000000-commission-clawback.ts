import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corban commission clawback and statements (seed 003 §6.3, R-PR-5, R-PR-8): when and why a
 * commission was reversed, and the two indexes a partner's statement reads by — activation date
 * (commissions earned) and reversal date (clawed back). Commissions of contracts already cancelled
 * by the right of regret are reversed as of that cancellation, as the service now does.
 */
export class CommissionClawback1797800000000 implements MigrationInterface {
  name = 'CommissionClawback1797800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE proposal ADD COLUMN commission_reversed_at timestamptz, ADD COLUMN commission_reversal_reason text');
    await q.query(`
      ALTER TABLE proposal ADD CONSTRAINT proposal_commission_reversal CHECK (
        (commission_reversed_at IS NULL) = (commission_reversal_reason IS NULL)
        AND (commission_reversed_at IS NULL OR (commission_amount IS NOT NULL AND commission_reversal_reason = 'RIGHT_OF_REGRET')))`);
    await q.query(`
      UPDATE proposal SET commission_reversed_at = (contract_cancellation->>'cancelledAt')::timestamptz, commission_reversal_reason = 'RIGHT_OF_REGRET'
       WHERE commission_amount IS NOT NULL AND contract_cancellation->>'reason' = 'RIGHT_OF_REGRET'`);
    await q.query('CREATE INDEX proposal_partner_commission_earned ON proposal (partner_id, activated_at) WHERE commission_amount IS NOT NULL');
    await q.query('CREATE INDEX proposal_partner_commission_reversed ON proposal (partner_id, commission_reversed_at) WHERE commission_reversed_at IS NOT NULL');
  }

  /** The reversals go with their columns; up() derives them again from contract_cancellation. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX proposal_partner_commission_reversed');
    await q.query('DROP INDEX proposal_partner_commission_earned');
    await q.query('ALTER TABLE proposal DROP CONSTRAINT proposal_commission_reversal');
    await q.query('ALTER TABLE proposal DROP COLUMN commission_reversed_at, DROP COLUMN commission_reversal_reason');
  }
}
