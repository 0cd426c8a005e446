import type { MigrationInterface, QueryRunner } from 'typeorm';

const REASONS = "'PAID_OFF','EARLY_SETTLEMENT','REFINANCED','PORTED_OUT','INSURANCE_CLAIM'";

/**
 * Workout of a late contract (R-LN-8, docs/life-cycle.md): the settlement reason RENEGOTIATED; the
 * RENEGOTIATION contract's origin (`renegotiation` jsonb: the contract replaced, the settling
 * payment, the workout terms — no personal data); and, since such a contract keeps the proposal of
 * the one it replaced, one contract per proposal among the others only (a partial unique index
 * in place of the column's UNIQUE). Operation type and payment source have no CHECK to widen.
 */
export class ContractRenegotiation1797900000000 implements MigrationInterface {
  name = 'ContractRenegotiation1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_settlement_reason_check,
      ADD CONSTRAINT contract_settlement_reason_check CHECK (settlement_reason IN (${REASONS},'RENEGOTIATED'))`);
    await q.query('ALTER TABLE contract ADD COLUMN renegotiation jsonb');
    await q.query('ALTER TABLE contract DROP CONSTRAINT contract_proposal_id_key');
    await q.query("CREATE UNIQUE INDEX contract_proposal_booked ON contract (proposal_id) WHERE operation_type <> 'RENEGOTIATION'");
    await q.query("CREATE INDEX contract_proposal ON contract (proposal_id)");
  }

  /** Refused while a RENEGOTIATION contract or a RENEGOTIATED settlement exists (the older schema cannot say them). */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX contract_proposal');
    await q.query('DROP INDEX contract_proposal_booked');
    await q.query('ALTER TABLE contract ADD CONSTRAINT contract_proposal_id_key UNIQUE (proposal_id)');
    await q.query('ALTER TABLE contract DROP COLUMN renegotiation');
    await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_settlement_reason_check,
      ADD CONSTRAINT contract_settlement_reason_check CHECK (settlement_reason IN (${REASONS}))`);
  }
}
