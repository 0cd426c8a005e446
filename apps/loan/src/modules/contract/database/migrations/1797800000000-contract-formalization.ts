import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = "'PENDING_PORTABILITY','PENDING_AVERBATION','ACTIVE','AVERBATION_FAILED','CANCELLED','SETTLED'";

/**
 * Formalization (R-LN-9): the AWAITING_ACCEPTANCE status; the CCB issued for each contract
 * (`contract_document`: the exact PDF bytes, their SHA-256, the issue time — no CPF in clear, it is
 * masked); and on the contract its hash and issue time and the customer's acceptance (which
 * hash, when, channel, who: a token subject, never personal data), and the corban partner that
 * originated it (who may read its CCB). Contracts booked before hold none.
 */
export class ContractFormalization1797800000000 implements MigrationInterface {
  name = 'ContractFormalization1797800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_status_check,
      ADD CONSTRAINT contract_status_check CHECK (status IN ('AWAITING_ACCEPTANCE',${STATUSES}))`);
    await q.query(`ALTER TABLE contract ADD COLUMN document_hash text, ADD COLUMN document_issued_at timestamptz,
      ADD COLUMN accepted_document_hash text, ADD COLUMN accepted_at timestamptz, ADD COLUMN acceptance_channel text, ADD COLUMN accepted_by text, ADD COLUMN partner_id text`);
    await q.query(`CREATE TABLE contract_document (
        contract_id uuid NOT NULL REFERENCES contract (id),
        kind text NOT NULL CHECK (kind IN ('CCB')),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL,
        issued_at timestamptz NOT NULL,
        PRIMARY KEY (contract_id, kind))`);
  }

  /** Refused while a contract awaits acceptance (the older statuses cannot say it); the CCBs and acceptances are dropped. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_document');
    await q.query(`ALTER TABLE contract DROP COLUMN document_hash, DROP COLUMN document_issued_at,
      DROP COLUMN accepted_document_hash, DROP COLUMN accepted_at, DROP COLUMN acceptance_channel, DROP COLUMN accepted_by, DROP COLUMN partner_id`);
    await q.query(`ALTER TABLE contract DROP CONSTRAINT contract_status_check, ADD CONSTRAINT contract_status_check CHECK (status IN (${STATUSES}))`);
  }
}
