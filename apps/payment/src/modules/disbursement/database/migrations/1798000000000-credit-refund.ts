import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit refunds (R-LN-10, purpose CREDIT_REFUND): a contract keeps one loan release and may have
 * any number of refunds, each a disbursement of its own. `disbursement` gets its own key `id` (a
 * loan release's is its contract id, so regret_return still references it by contract); attempts
 * name their disbursement (`parent_id`) and `disbursement_attempt_live` becomes one live attempt per
 * disbursement — a release AND refunds can be live on one contract, never two attempts of one.
 * `disbursement_loan_release` keeps one loan release per contract; a refund ends FAILED (credit back).
 */
export class CreditRefund1798000000000 implements MigrationInterface {
  name = 'CreditRefund1798000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE disbursement ADD COLUMN id uuid`);
    await q.query(`UPDATE disbursement SET id = contract_id`);
    await q.query(`ALTER TABLE disbursement ALTER COLUMN id SET NOT NULL`);
    await q.query(`ALTER TABLE disbursement_attempt ADD COLUMN parent_id uuid`);
    await q.query(`UPDATE disbursement_attempt SET parent_id = contract_id`);
    await q.query(`ALTER TABLE disbursement_attempt ALTER COLUMN parent_id SET NOT NULL`);
    await q.query(`ALTER TABLE disbursement_attempt DROP CONSTRAINT disbursement_attempt_contract_id_fkey`);
    await q.query(`ALTER TABLE regret_return DROP CONSTRAINT regret_return_contract_id_fkey`);
    await q.query(`ALTER TABLE disbursement DROP CONSTRAINT disbursement_pkey, ADD PRIMARY KEY (id)`);
    await q.query(`CREATE UNIQUE INDEX disbursement_loan_release ON disbursement (contract_id) WHERE purpose = 'LOAN_RELEASE'`);
    await q.query(`ALTER TABLE disbursement DROP CONSTRAINT disbursement_purpose_check, ADD CONSTRAINT disbursement_purpose_check CHECK (purpose IN ('LOAN_RELEASE','CREDIT_REFUND'))`);
    await q.query(`ALTER TABLE disbursement DROP CONSTRAINT disbursement_status_check, ADD CONSTRAINT disbursement_status_check CHECK (status IN ('AWAITING_ACCOUNT','REQUESTED','RELEASED','CANCELLED','FAILED'))`);
    await q.query(`ALTER TABLE disbursement ADD CONSTRAINT disbursement_release_id CHECK (purpose <> 'LOAN_RELEASE' OR id = contract_id)`);
    await q.query(`ALTER TABLE disbursement ADD CONSTRAINT disbursement_refund CHECK (purpose <> 'CREDIT_REFUND' OR (amount IS NOT NULL AND regretted_at IS NULL AND status <> 'CANCELLED'))`);
    await q.query(`ALTER TABLE disbursement_attempt ADD CONSTRAINT disbursement_attempt_parent_fkey FOREIGN KEY (parent_id) REFERENCES disbursement (id)`);
    await q.query(`ALTER TABLE regret_return ADD CONSTRAINT regret_return_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES disbursement (id)`);
    await q.query(`DROP INDEX disbursement_attempt_live`);
    await q.query(`CREATE UNIQUE INDEX disbursement_attempt_live ON disbursement_attempt (parent_id) WHERE status IN ('REQUESTED','RELEASED')`);
    await q.query(`CREATE INDEX disbursement_contract_purpose ON disbursement (contract_id, purpose)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Refunds debited the billing's credit: dropping them would lose where that money went.
    const [{ n }] = (await q.query(`SELECT count(*)::int AS n FROM disbursement WHERE purpose = 'CREDIT_REFUND'`)) as Array<{ n: number }>;
    if (n > 0) throw new Error(`CreditRefund1798000000000.down: ${n} credit refund(s) recorded; settle them with an operator before rolling back`);
    await q.query(`DROP INDEX disbursement_contract_purpose`);
    await q.query(`DROP INDEX disbursement_attempt_live`);
    await q.query(`CREATE UNIQUE INDEX disbursement_attempt_live ON disbursement_attempt (contract_id) WHERE status IN ('REQUESTED','RELEASED')`);
    await q.query(`ALTER TABLE regret_return DROP CONSTRAINT regret_return_contract_id_fkey`);
    await q.query(`ALTER TABLE disbursement_attempt DROP CONSTRAINT disbursement_attempt_parent_fkey, DROP COLUMN parent_id`);
    await q.query(`ALTER TABLE disbursement DROP CONSTRAINT disbursement_refund, DROP CONSTRAINT disbursement_release_id`);
    await q.query(`ALTER TABLE disbursement DROP CONSTRAINT disbursement_status_check, ADD CONSTRAINT disbursement_status_check CHECK (status IN ('AWAITING_ACCOUNT','REQUESTED','RELEASED','CANCELLED'))`);
    await q.query(`ALTER TABLE disbursement DROP CONSTRAINT disbursement_purpose_check, ADD CONSTRAINT disbursement_purpose_check CHECK (purpose = 'LOAN_RELEASE')`);
    await q.query(`DROP INDEX disbursement_loan_release`);
    await q.query(`ALTER TABLE disbursement DROP CONSTRAINT disbursement_pkey, ADD PRIMARY KEY (contract_id), DROP COLUMN id`);
    await q.query(`ALTER TABLE disbursement_attempt ADD CONSTRAINT disbursement_attempt_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES disbursement (contract_id)`);
    await q.query(`ALTER TABLE regret_return ADD CONSTRAINT regret_return_contract_id_fkey FOREIGN KEY (contract_id) REFERENCES disbursement (contract_id)`);
  }
}
