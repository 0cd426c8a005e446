import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A customer's erasure (R-SEC-3) nulls their deductions' benefit numbers: the column becomes nullable. */
export class ErasablePayrollDeduction1797240000000 implements MigrationInterface {
  name = 'ErasablePayrollDeduction1797240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payroll_deduction ALTER COLUMN benefit_number DROP NOT NULL`);
  }

  /** Stays nullable: erased deductions have no benefit number to give back. */
  async down(): Promise<void> {
    // Nothing to undo that would not invent data.
  }
}
