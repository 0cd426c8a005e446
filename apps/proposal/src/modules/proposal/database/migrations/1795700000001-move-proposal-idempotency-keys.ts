import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Fields of the creation answer (a ProposalView) → the proposal's row as PROPOSAL_RESULT stores it. */
const VIEW_TO_ROW = `jsonb_build_object(
  'id', b->'id', 'customerId', b->'customerId', 'channel', b->'channel',
  'partnerId', coalesce(b->'partnerId', 'null'), 'operatorId', coalesce(b->'operatorId', 'null'),
  'product', b->'product', 'operationType', b->'operationType', 'requestedAmount', b->'requestedAmount',
  'termMonths', b->'termMonths', 'monthlyRate', coalesce(b->'monthlyRate', 'null'), 'withInsurance', b->'withInsurance',
  'contractDate', b->'contractDate', 'firstDueDate', b->'firstDueDate',
  'benefitPaidByOwnBank', coalesce(b->'benefitPaidByOwnBank', 'null'), 'refinancedContractId', coalesce(b->'refinancedContractId', 'null'),
  'portability', coalesce(b->'portability', 'null'), 'state', b->'state', 'correlationId', b->'correlationId',
  'documentKinds', '[]'::jsonb, 'terms', null, 'decision', null, 'contractId', null, 'activatedAt', null,
  'commissionPercent', null, 'commissionBase', null, 'commissionAmount', null, 'cancellation', null, 'averbationFailure', null,
  'createdAt', b->'createdAt', 'updatedAt', b->'updatedAt', 'submittedAt', coalesce(b->'submittedAt', 'null'))`;

/** And back: the view a proposal had when it was created (absent fields rather than nulls). */
const ROW_TO_VIEW = `jsonb_strip_nulls(jsonb_build_object(
  'id', r->'id', 'customerId', r->'customerId', 'channel', r->'channel', 'partnerId', r->'partnerId', 'operatorId', r->'operatorId',
  'product', r->'product', 'operationType', r->'operationType', 'state', r->'state', 'requestedAmount', r->'requestedAmount',
  'termMonths', r->'termMonths', 'monthlyRate', r->'monthlyRate', 'withInsurance', r->'withInsurance', 'contractDate', r->'contractDate',
  'firstDueDate', r->'firstDueDate', 'benefitPaidByOwnBank', r->'benefitPaidByOwnBank', 'refinancedContractId', r->'refinancedContractId',
  'portability', r->'portability', 'documents', '[]'::jsonb, 'correlationId', r->'correlationId',
  'createdAt', r->'createdAt', 'updatedAt', r->'updatedAt', 'submittedAt', r->'submittedAt'))`;

/**
 * Proposals' Idempotency-Keys move to the shared idempotency_key table (libs/service-kit): scope
 * `create-proposal:<channel scope>`, the proposal as created as the stored result (R-PR-7).
 */
export class MoveProposalIdempotencyKeys1795700000001 implements MigrationInterface {
  name = 'MoveProposalIdempotencyKeys1795700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      INSERT INTO idempotency_key (scope, key, fingerprint, result, created_at)
      SELECT 'create-proposal:' || scope, key, fingerprint, ${VIEW_TO_ROW}, created_at
      FROM (SELECT *, response_body::jsonb AS b FROM proposal_idempotency_key) old`);
    await q.query('DROP TABLE proposal_idempotency_key');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal_idempotency_key (
        scope text NOT NULL,
        key text NOT NULL,
        fingerprint char(64) NOT NULL,
        response_status int NOT NULL,
        response_body json NOT NULL,
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        created_at timestamptz NOT NULL,
        CONSTRAINT proposal_idempotency_key_pkey PRIMARY KEY (scope, key)
      )`);
    await q.query(`
      INSERT INTO proposal_idempotency_key (scope, key, fingerprint, response_status, response_body, proposal_id, created_at)
      SELECT substr(scope, length('create-proposal:') + 1), key, fingerprint, 201, ${ROW_TO_VIEW}::json, (r->>'id')::uuid, created_at
      FROM (SELECT *, result AS r FROM idempotency_key WHERE scope LIKE 'create-proposal:%') moved`);
    await q.query(`DELETE FROM idempotency_key WHERE scope LIKE 'create-proposal:%'`);
  }
}
