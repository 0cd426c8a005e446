import type { MigrationInterface, QueryRunner } from 'typeorm';

const PERSONAL = ['margin_check', 'averbation', 'averbation_alteration'];

/**
 * Data-subject requests (R-SEC-3) find the connector's rows by customer: margin checks,
 * averbations and portabilities in get the customer's id — from the stored request where it
 * names them, else from the proposal's averbation. The benefit numbers may be erased (nullable).
 * Runs before the start-up step seals the requests, so they are still readable here.
 */
export class CustomerOfConnectorRows1797230000000 implements MigrationInterface {
  name = 'CustomerOfConnectorRows1797230000000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['margin_check', 'averbation', 'portability_in']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN customer_id uuid`);
      await q.query(`CREATE INDEX ${table}_customer ON ${table} (customer_id)`);
    }
    await q.query(`CREATE INDEX margin_check_proposal ON margin_check (proposal_id)`);
    await q.query(`CREATE INDEX averbation_proposal ON averbation (proposal_id)`);
    for (const table of PERSONAL) await q.query(`ALTER TABLE ${table} ALTER COLUMN benefit_number DROP NOT NULL`);
    await q.query(`UPDATE averbation SET customer_id = (request #>> '{payload,customerId}')::uuid`);
    await q.query(`UPDATE margin_check SET customer_id = (request #>> '{payload,customerId}')::uuid WHERE request #>> '{payload,customerId}' IS NOT NULL`);
    await q.query(`UPDATE margin_check m SET customer_id = a.customer_id FROM averbation a WHERE m.customer_id IS NULL AND a.proposal_id = m.proposal_id`);
    await q.query(`UPDATE portability_in p SET customer_id = a.customer_id FROM averbation a WHERE a.proposal_id = p.proposal_id OR a.contract_id = p.contract_id`);
  }

  /** The benefit numbers stay nullable: erased rows have none to give back. */
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX averbation_proposal');
    await q.query('DROP INDEX margin_check_proposal');
    for (const table of ['margin_check', 'averbation', 'portability_in']) await q.query(`ALTER TABLE ${table} DROP COLUMN customer_id`);
  }
}
