import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The customer's credit applied to installments (R-LN-10): each application is a payment (source
 * MANUAL on the wire: PaymentReceived has no CREDIT source) recorded here as paid from the credit.
 */
export class CreditApplication1798000000001 implements MigrationInterface {
  name = 'CreditApplication1798000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE credit_application (
        payment_id uuid PRIMARY KEY REFERENCES payment (payment_id), contract_id uuid NOT NULL REFERENCES billing (contract_id),
        amount numeric(17,2) NOT NULL CHECK (amount > 0), applied_at timestamptz NOT NULL)`);
    await q.query(`CREATE INDEX credit_application_contract ON credit_application (contract_id, applied_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The payments stay (installments PAID, amounts recorded); only the mark "paid from the credit" goes.
    await q.query(`DROP TABLE credit_application`);
  }
}
