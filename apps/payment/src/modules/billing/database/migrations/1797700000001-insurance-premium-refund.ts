import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unexpired credit-life premium loan's ContractSettled owes back (`insurancePremiumRefund`),
 * kept on the billing once credited (it is in credit_balance too): a ContractSettled seen again —
 * redelivered, replayed, under another event id — finds it and credits nothing. Null: none came.
 * down() drops the column; the credit stays in credit_balance (money owed is never taken back).
 */
export class InsurancePremiumRefund1797700000001 implements MigrationInterface {
  name = 'InsurancePremiumRefund1797700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE billing ADD COLUMN insurance_premium_refund numeric(17,2) CHECK (insurance_premium_refund >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE billing DROP COLUMN insurance_premium_refund');
  }
}
