import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contract aggregate and its schedule (seed 003 §7.3); installment columns already fit servicing (R-LN-3). */
export class CreateContract1795500000000 implements MigrationInterface {
  name = 'CreateContract1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract (
        id uuid PRIMARY KEY,
        proposal_id uuid NOT NULL UNIQUE,
        customer_id uuid NOT NULL,
        product text NOT NULL,
        operation_type text NOT NULL,
        channel text NOT NULL,
        benefit_number text,
        refinanced_contract_id uuid,
        parameter_version text NOT NULL,
        released_amount numeric(17,2) NOT NULL,
        financed_amount numeric(17,2) NOT NULL,
        monthly_rate text NOT NULL,
        term_months integer NOT NULL,
        installment_amount numeric(17,2) NOT NULL,
        iof numeric(17,2) NOT NULL,
        insurance numeric(17,2) NOT NULL,
        total_payable numeric(17,2) NOT NULL,
        cet_monthly_percent numeric(9,2) NOT NULL,
        cet_annual_percent numeric(9,2) NOT NULL,
        contract_date date NOT NULL,
        first_due_date date NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_AVERBATION','ACTIVE','AVERBATION_FAILED','CANCELLED','SETTLED')),
        averbation_protocol text,
        averbation_id uuid,
        averbation_registered_at timestamptz,
        averbation_failures jsonb NOT NULL DEFAULT '[]',
        booked_at timestamptz NOT NULL,
        activated_at timestamptz,
        cancelled_at timestamptz,
        cancellation_reason text,
        settled_at timestamptz
      )`);
    await q.query('CREATE INDEX contract_customer ON contract (customer_id, booked_at)');
    await q.query(`
      CREATE TABLE contract_installment (
        contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
        number integer NOT NULL,
        due_date date NOT NULL,
        amount numeric(17,2) NOT NULL,
        interest numeric(17,2) NOT NULL,
        amortization numeric(17,2) NOT NULL,
        balance numeric(17,2) NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING','PAID','CANCELLED')),
        payment_id uuid,
        paid_date date,
        paid_amount numeric(17,2),
        fine numeric(17,2),
        mora numeric(17,2),
        PRIMARY KEY (contract_id, number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_installment');
    await q.query('DROP TABLE contract');
  }
}
