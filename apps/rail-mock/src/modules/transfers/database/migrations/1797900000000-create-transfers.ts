import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Transfers, keyed by the bank's transfer id (a retried order finds its transfer, never pays
 * twice), each with its end-to-end id given at filing; and the outcome scripts of tests and demos,
 * one per PIX key, account number or '*' for any, stored so every instance and a restart agree.
 */
export class CreateTransfers1797900000000 implements MigrationInterface {
  name = 'CreateTransfers1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE transfer (
        transfer_id uuid PRIMARY KEY,
        amount numeric(15, 2) NOT NULL CHECK (amount > 0),
        creditor jsonb NOT NULL CHECK (creditor->>'kind' IN ('PIX_KEY', 'BANK_ACCOUNT')),
        creditor_cpf text NOT NULL CHECK (creditor_cpf ~ '^[0-9]{11}$'),
        purpose text NOT NULL CHECK (purpose IN ('LOAN_RELEASE', 'CREDIT_REFUND')),
        status text NOT NULL CHECK (status IN ('PENDING', 'SETTLED', 'REJECTED')),
        settlement jsonb NOT NULL,
        end_to_end_id text NOT NULL UNIQUE CHECK (end_to_end_id ~ '^E[0-9]{20}[A-Za-z0-9]{11}$'),
        filed_at timestamptz NOT NULL,
        settles_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX transfer_filed ON transfer (filed_at DESC)');
    await q.query(`
      CREATE TABLE outcome_script (
        subject text PRIMARY KEY CHECK (subject = '*' OR subject ~ '^(PIX|ACCOUNT):.{1,77}$'),
        settlement jsonb NOT NULL,
        settlement_ms integer CHECK (settlement_ms >= 0),
        remaining integer NOT NULL CHECK (remaining > 0),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE outcome_script');
    await q.query('DROP TABLE transfer');
  }
}
