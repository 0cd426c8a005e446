import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProposal1795500000001 implements MigrationInterface {
  name = 'CreateProposal1795500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE proposal (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL REFERENCES customer (id),
        channel text NOT NULL CHECK (channel IN ('DIGITAL','CORBAN','INTERNAL')),
        partner_id uuid,
        operator_id text,
        product text NOT NULL,
        operation_type text NOT NULL,
        requested_amount numeric(15,2) NOT NULL CHECK (requested_amount > 0),
        term_months int NOT NULL,
        monthly_rate text,
        with_insurance boolean NOT NULL,
        contract_date date NOT NULL,
        first_due_date date NOT NULL,
        benefit_paid_by_own_bank boolean,
        refinanced_contract_id uuid,
        portability jsonb,
        state text NOT NULL,
        correlation_id uuid NOT NULL,
        document_kinds text[] NOT NULL DEFAULT '{}',
        terms jsonb,
        decision jsonb,
        contract_id uuid,
        activated_at timestamptz,
        commission_percent numeric(5,2),
        commission_base numeric(15,2),
        commission_amount numeric(15,2),
        cancellation jsonb,
        averbation_failure jsonb,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        submitted_at timestamptz,
        CHECK ((channel = 'CORBAN') = (partner_id IS NOT NULL)),
        CHECK ((channel = 'INTERNAL') = (operator_id IS NOT NULL))
      )`);
    await q.query('CREATE INDEX proposal_customer ON proposal (customer_id, created_at)');
    await q.query('CREATE INDEX proposal_partner ON proposal (partner_id, created_at)');
    await q.query('CREATE INDEX proposal_contract ON proposal (contract_id)');
    await q.query(`
      CREATE TABLE proposal_timeline (
        seq bigserial PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        direction text NOT NULL,
        outcome text NOT NULL,
        occurred_at timestamptz NOT NULL,
        correlation_id uuid NOT NULL,
        causation_id uuid,
        state_after text NOT NULL,
        summary text NOT NULL,
        UNIQUE (proposal_id, event_id)
      )`);
    await q.query(`
      CREATE TABLE proposal_document (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        kind text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX proposal_document_proposal ON proposal_document (proposal_id, uploaded_at)');
    await q.query(`
      CREATE TABLE proposal_document_content (
        document_id uuid PRIMARY KEY REFERENCES proposal_document (id),
        content bytea NOT NULL
      )`);
    await q.query(`
      CREATE TABLE idempotency_key (
        scope text NOT NULL,
        key text NOT NULL,
        fingerprint char(64) NOT NULL,
        response_status int NOT NULL,
        response_body json NOT NULL,
        proposal_id uuid NOT NULL REFERENCES proposal (id),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_key');
    await q.query('DROP TABLE proposal_document_content');
    await q.query('DROP TABLE proposal_document');
    await q.query('DROP TABLE proposal_timeline');
    await q.query('DROP TABLE proposal');
  }
}
