import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contract life cycle I (docs/life-cycle.md): the PENDING_PORTABILITY status and SETTLED
 * installments; the plan in force (start, installment, number of installments) for amended
 * contracts, backfilled with the booked schedule's; the settlement, the replacing contract and the
 * revision of ContractPositionChanged; refinancing and portability terms; the payment's mode and
 * settlement reason; and every portability out request with its answer.
 */
export class ContractLifeCycle1795500000002 implements MigrationInterface {
  name = 'ContractLifeCycle1795500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE contract DROP CONSTRAINT contract_status_check');
    await q.query(`ALTER TABLE contract ADD CONSTRAINT contract_status_check
      CHECK (status IN ('PENDING_PORTABILITY','PENDING_AVERBATION','ACTIVE','AVERBATION_FAILED','CANCELLED','SETTLED'))`);
    await q.query('ALTER TABLE contract_installment DROP CONSTRAINT contract_installment_status_check');
    await q.query("ALTER TABLE contract_installment ADD CONSTRAINT contract_installment_status_check CHECK (status IN ('PENDING','PAID','SETTLED','CANCELLED'))");
    await q.query(`ALTER TABLE contract
      ADD COLUMN plan_start_date date, ADD COLUMN plan_start_balance numeric(17,2), ADD COLUMN plan_after_installment integer,
      ADD COLUMN current_installment_amount numeric(17,2), ADD COLUMN current_term_months integer,
      ADD COLUMN revision integer NOT NULL DEFAULT 0,
      ADD COLUMN refinancing jsonb, ADD COLUMN portability jsonb, ADD COLUMN pending_averbation_cpf text,
      ADD COLUMN replaced_by_contract_id uuid, ADD COLUMN cancellation_message text,
      ADD COLUMN settlement_reason text CHECK (settlement_reason IN ('PAID_OFF','EARLY_SETTLEMENT','REFINANCED','PORTED_OUT')),
      ADD COLUMN settlement_date date, ADD COLUMN settlement_payment_id uuid, ADD COLUMN settlement_amount numeric(17,2),
      ADD COLUMN settlement_remaining_undiscounted numeric(17,2), ADD COLUMN settlement_portability_number text`);
    // Contracts booked before: their plan is the booked schedule; those settled were paid off.
    await q.query(`UPDATE contract SET plan_start_date = contract_date, plan_start_balance = financed_amount, plan_after_installment = 0,
      current_installment_amount = installment_amount, current_term_months = term_months`);
    await q.query(`UPDATE contract c SET settlement_reason = 'PAID_OFF',
      settlement_date = (SELECT max(paid_date) FROM contract_installment i WHERE i.contract_id = c.id),
      settlement_payment_id = (SELECT payment_id FROM contract_installment i WHERE i.contract_id = c.id ORDER BY paid_date DESC, number DESC LIMIT 1)
      WHERE status = 'SETTLED'`);
    for (const column of ['plan_start_date', 'plan_start_balance', 'plan_after_installment', 'current_installment_amount', 'current_term_months']) {
      await q.query(`ALTER TABLE contract ALTER COLUMN ${column} SET NOT NULL`);
    }
    await q.query('ALTER TABLE contract_payment ADD COLUMN amortization_mode text, ADD COLUMN settlement_reason text');
    await q.query(`
      CREATE TABLE portability_out_request (
        portability_number text PRIMARY KEY,
        contract_id uuid NOT NULL,
        destination_institution_ispb text NOT NULL,
        balance_date date NOT NULL,
        answer_deadline date NOT NULL,
        requested_at timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('BALANCE','REFUSED')),
        answer jsonb NOT NULL,
        answered_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX portability_out_request_contract ON portability_out_request (contract_id, requested_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    // Fails while rows use the new states: the schema cannot describe them (nothing is rewritten silently).
    await q.query('ALTER TABLE contract_installment DROP CONSTRAINT contract_installment_status_check');
    await q.query("ALTER TABLE contract_installment ADD CONSTRAINT contract_installment_status_check CHECK (status IN ('PENDING','PAID','CANCELLED'))");
    await q.query('ALTER TABLE contract DROP CONSTRAINT contract_status_check');
    await q.query("ALTER TABLE contract ADD CONSTRAINT contract_status_check CHECK (status IN ('PENDING_AVERBATION','ACTIVE','AVERBATION_FAILED','CANCELLED','SETTLED'))");
    await q.query('DROP TABLE portability_out_request');
    await q.query('ALTER TABLE contract_payment DROP COLUMN amortization_mode, DROP COLUMN settlement_reason');
    await q.query(`ALTER TABLE contract
      DROP COLUMN plan_start_date, DROP COLUMN plan_start_balance, DROP COLUMN plan_after_installment,
      DROP COLUMN current_installment_amount, DROP COLUMN current_term_months, DROP COLUMN revision,
      DROP COLUMN refinancing, DROP COLUMN portability, DROP COLUMN pending_averbation_cpf,
      DROP COLUMN replaced_by_contract_id, DROP COLUMN cancellation_message,
      DROP COLUMN settlement_reason, DROP COLUMN settlement_date, DROP COLUMN settlement_payment_id, DROP COLUMN settlement_amount,
      DROP COLUMN settlement_remaining_undiscounted, DROP COLUMN settlement_portability_number`);
  }
}
