import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A data subject's analyses are found by customer (export and erasure, R-SEC-3). */
export class AnalysisCustomerIndex1797210000000 implements MigrationInterface {
  name = 'AnalysisCustomerIndex1797210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX analysis_customer ON analysis (customer_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX analysis_customer');
  }
}
