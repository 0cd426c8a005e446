import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refinancing and portability proposals (R-PR-4, R-LN-6, R-LN-7): a refinancing may ask for no new
 * money (troco 0.00) and a portability for no amount at all (stored 0.00, as ProposalCreated
 * carries it); the approved refinancing terms, the portability's progress at the exchange and why
 * loan cancelled the contract are kept on the proposal.
 */
export class RefinancingPortabilityProposal1795800000001 implements MigrationInterface {
  name = 'RefinancingPortabilityProposal1795800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE proposal DROP CONSTRAINT proposal_requested_amount_check');
    await q.query(`
      ALTER TABLE proposal ADD CONSTRAINT proposal_requested_amount_by_operation
        CHECK (requested_amount > 0 OR (requested_amount = 0 AND operation_type IN ('REFINANCING', 'PORTABILITY')))`);
    await q.query('ALTER TABLE proposal ADD COLUMN refinancing jsonb, ADD COLUMN portability_progress jsonb, ADD COLUMN contract_cancellation jsonb');
  }

  /** Rows taken with 0.00 meanwhile stay (NOT VALID): down() never rewrites a proposal's amount. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE proposal DROP COLUMN refinancing, DROP COLUMN portability_progress, DROP COLUMN contract_cancellation');
    await q.query('ALTER TABLE proposal DROP CONSTRAINT proposal_requested_amount_by_operation');
    await q.query('ALTER TABLE proposal ADD CONSTRAINT proposal_requested_amount_check CHECK (requested_amount > 0) NOT VALID');
  }
}
