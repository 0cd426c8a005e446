import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The projection of loan's ContractPositionChanged (docs/life-cycle.md principle 4). */
export class CreateContractPosition1795600000000 implements MigrationInterface {
  name = 'CreateContractPosition1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract_position (
        contract_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        status text NOT NULL,
        product text NOT NULL,
        payload jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX contract_position_customer ON contract_position (customer_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE contract_position');
  }
}
