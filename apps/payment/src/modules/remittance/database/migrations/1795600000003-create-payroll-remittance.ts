import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Payroll remittances received: content hash (replay or conflict) and the reconciliation report. */
export class CreatePayrollRemittance1795600000003 implements MigrationInterface {
  name = 'CreatePayrollRemittance1795600000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payroll_remittance (
        remittance_id text PRIMARY KEY,
        content_hash char(64) NOT NULL,
        reference_month text NOT NULL,
        payment_date date NOT NULL,
        received_at timestamptz NOT NULL,
        report jsonb
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE payroll_remittance');
  }
}
