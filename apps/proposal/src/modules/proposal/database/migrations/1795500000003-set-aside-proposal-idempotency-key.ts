import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The proposal's own idempotency table makes room for the shared one of the same name
 * (libs/service-kit, CreateIdempotencyKey1795700000000), which runs next; its rows move there in
 * MoveProposalIdempotencyKeys1795700000001.
 */
export class SetAsideProposalIdempotencyKey1795500000003 implements MigrationInterface {
  name = 'SetAsideProposalIdempotencyKey1795500000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE idempotency_key RENAME TO proposal_idempotency_key');
    await q.query('ALTER TABLE proposal_idempotency_key RENAME CONSTRAINT idempotency_key_pkey TO proposal_idempotency_key_pkey');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE proposal_idempotency_key RENAME CONSTRAINT proposal_idempotency_key_pkey TO idempotency_key_pkey');
    await q.query('ALTER TABLE proposal_idempotency_key RENAME TO idempotency_key');
  }
}
