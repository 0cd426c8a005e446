import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Formalization (R-LN-9): the contract loan issued for acceptance — its CCB's SHA-256, deadline and
 * the acceptance — as jsonb `formalization`, and `acceptance_due_at`, the deadline while nothing is
 * accepted, with the partial index the expiry job reads by. Rows written before have neither.
 */
export class ContractAcceptance1798100000000 implements MigrationInterface {
  name = 'ContractAcceptance1798100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE proposal ADD COLUMN formalization jsonb, ADD COLUMN acceptance_due_at timestamptz');
    await q.query('ALTER TABLE proposal ADD CONSTRAINT proposal_acceptance_due CHECK (acceptance_due_at IS NULL OR formalization IS NOT NULL)');
    await q.query('CREATE INDEX proposal_acceptance_due_at ON proposal (acceptance_due_at) WHERE acceptance_due_at IS NOT NULL');
  }

  /** The issued contracts and acceptances go with their columns (loan keeps its own record of both). */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX proposal_acceptance_due_at');
    await q.query('ALTER TABLE proposal DROP CONSTRAINT proposal_acceptance_due');
    await q.query('ALTER TABLE proposal DROP COLUMN acceptance_due_at, DROP COLUMN formalization');
  }
}
