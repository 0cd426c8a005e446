import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCustomer1795500000000 implements MigrationInterface {
  name = 'CreateCustomer1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer (
        id uuid PRIMARY KEY,
        cpf char(11) NOT NULL UNIQUE,
        name text NOT NULL,
        birth_date date NOT NULL,
        monthly_income numeric(15,2) NOT NULL CHECK (monthly_income > 0),
        monthly_expenses numeric(15,2) CHECK (monthly_expenses >= 0),
        link_type text NOT NULL CHECK (link_type IN ('APOSENTADO','PENSIONISTA','SERVIDOR','EMPREGADO')),
        benefit_number char(10),
        benefit_kind text,
        benefit_value numeric(15,2),
        benefit_start_date date,
        email text,
        phone text,
        status text NOT NULL,
        registered_channel text NOT NULL,
        registered_partner_id uuid,
        registered_operator_id text,
        created_at timestamptz NOT NULL,
        CHECK ((benefit_number IS NULL) = (benefit_value IS NULL))
      )`);
    await q.query(`
      CREATE TABLE customer_partner (
        customer_id uuid NOT NULL REFERENCES customer (id),
        partner_id uuid NOT NULL,
        PRIMARY KEY (customer_id, partner_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE customer_partner');
    await q.query('DROP TABLE customer');
  }
}
