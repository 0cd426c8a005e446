import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEALED = (column: string) => `${column} text CHECK (${column} LIKE 'pii:v1:%')`;
/** A PIX key or a bank account (libs/contracts PayoutAccount); key, number and CPF sealed, null once erased. */
const ACCOUNT = `
  account_kind text NOT NULL CHECK (account_kind IN ('PIX_KEY','BANK_ACCOUNT')),
  ${SEALED('pix_key')}, ispb text, branch text, ${SEALED('account_number')},
  account_type text CHECK (account_type IN ('CACC','SVGS','TRAN')),
  ${SEALED('holder_cpf')},
  CHECK ((account_kind = 'PIX_KEY' AND account_number IS NULL) OR (account_kind = 'BANK_ACCOUNT' AND pix_key IS NULL))`;

/**
 * Release of funds (R-LN-10): each customer's payout account, the disbursement of an activated
 * contract with its attempts — at most one live (REQUESTED or RELEASED) per disbursement, by the
 * partial unique index `disbursement_attempt_live` — and the regret return with its receipts.
 */
export class CreateDisbursement1797900000000 implements MigrationInterface {
  name = 'CreateDisbursement1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE payout_account (customer_id uuid PRIMARY KEY, ${ACCOUNT}, changed_at timestamptz NOT NULL)`);
    await q.query(`
      CREATE TABLE disbursement (
        contract_id uuid PRIMARY KEY, customer_id uuid NOT NULL, purpose text NOT NULL CHECK (purpose = 'LOAN_RELEASE'),
        amount numeric(17,2) CHECK (amount > 0),
        status text NOT NULL CHECK (status IN ('AWAITING_ACCOUNT','REQUESTED','RELEASED','CANCELLED')),
        created_at timestamptz NOT NULL, regretted_at timestamptz, amount_to_return numeric(17,2) CHECK (amount_to_return >= 0),
        CONSTRAINT disbursement_amount CHECK (amount IS NOT NULL OR status = 'CANCELLED'))`);
    await q.query(`CREATE INDEX disbursement_customer_status ON disbursement (customer_id, status)`);
    await q.query(`
      CREATE TABLE disbursement_attempt (
        disbursement_id uuid PRIMARY KEY, contract_id uuid NOT NULL REFERENCES disbursement (contract_id),
        amount numeric(17,2) NOT NULL CHECK (amount > 0), ${ACCOUNT}, account_changed_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('REQUESTED','RELEASED','FAILED')), requested_at timestamptz NOT NULL,
        end_to_end_id text, released_at timestamptz, failure_code text, failure_message text, rail_attempts integer, failed_at timestamptz,
        CONSTRAINT disbursement_attempt_released CHECK ((status = 'RELEASED') = (end_to_end_id IS NOT NULL AND released_at IS NOT NULL)),
        CONSTRAINT disbursement_attempt_failed CHECK ((status = 'FAILED') = (failure_code IS NOT NULL AND failed_at IS NOT NULL)))`);
    await q.query(`CREATE UNIQUE INDEX disbursement_attempt_live ON disbursement_attempt (contract_id) WHERE status IN ('REQUESTED','RELEASED')`);
    await q.query(`
      CREATE TABLE regret_return (
        contract_id uuid PRIMARY KEY REFERENCES disbursement (contract_id), customer_id uuid NOT NULL,
        amount_due numeric(17,2) NOT NULL CHECK (amount_due > 0),
        amount_received numeric(17,2) NOT NULL DEFAULT 0 CHECK (amount_received >= 0 AND amount_received <= amount_due),
        status text NOT NULL CHECK (status IN ('DUE','RECEIVED')), due_since timestamptz NOT NULL, received_at timestamptz,
        CONSTRAINT regret_return_received CHECK ((status = 'RECEIVED') = (amount_received = amount_due)))`);
    await q.query(`
      CREATE TABLE regret_return_receipt (
        receipt_id uuid PRIMARY KEY, contract_id uuid NOT NULL REFERENCES regret_return (contract_id),
        amount numeric(17,2) NOT NULL CHECK (amount > 0), received_on date NOT NULL, recorded_at timestamptz NOT NULL, recorded_by text NOT NULL)`);
    await q.query(`CREATE INDEX regret_return_receipt_contract ON regret_return_receipt (contract_id, recorded_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The release of funds goes with its tables: an earlier payment never asked for one.
    await q.query('DROP TABLE regret_return_receipt, regret_return, disbursement_attempt, disbursement, payout_account');
  }
}
