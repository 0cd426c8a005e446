import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The simulated banks: contracts at simulated origins, simulated destinations' requests, and the
 * moves they will make when due (taken by workers with SKIP LOCKED).
 */
export class CreateSimulation1795800000003 implements MigrationInterface {
  name = 'CreateSimulation1795800000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE simulated_contract (
        ispb text NOT NULL CHECK (ispb ~ '^[0-9]{8}$'),
        contract_number text NOT NULL,
        cpf text NOT NULL CHECK (cpf ~ '^[0-9]{11}$'),
        balance numeric(17, 2) NOT NULL CHECK (balance > 0),
        remaining_installments integer NOT NULL CHECK (remaining_installments > 0),
        installment numeric(17, 2) NOT NULL CHECK (installment > 0),
        monthly_rate numeric NOT NULL,
        behaviour text NOT NULL CHECK (behaviour IN ('ANSWER', 'REFUSE', 'RETAIN', 'SILENT', 'RETURN_FUNDS')),
        refusal_reason text,
        retention_offer jsonb,
        answer_delay_ms integer NOT NULL CHECK (answer_delay_ms >= 0),
        settlement_delay_ms integer NOT NULL CHECK (settlement_delay_ms >= 0),
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (ispb, contract_number)
      )`);
    await q.query(`
      CREATE TABLE simulated_destination (
        nu text PRIMARY KEY REFERENCES portability (nu),
        ispb text NOT NULL,
        behaviour text NOT NULL CHECK (behaviour IN ('TRANSFER', 'CANCEL', 'NO_TRANSFER')),
        delay_ms integer NOT NULL CHECK (delay_ms >= 0)
      )`);
    await q.query(`
      CREATE TABLE scheduled_action (
        id bigserial PRIMARY KEY,
        nu text NOT NULL REFERENCES portability (nu),
        action text NOT NULL,
        due_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        done_at timestamptz,
        outcome text,
        last_error text
      )`);
    await q.query('CREATE INDEX scheduled_action_due ON scheduled_action (due_at) WHERE done_at IS NULL');
    await q.query('CREATE INDEX scheduled_action_by_nu ON scheduled_action (nu)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE scheduled_action');
    await q.query('DROP TABLE simulated_destination');
    await q.query('DROP TABLE simulated_contract');
  }
}
