import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The contract's product on its billing (ContractActivated `product`): a workout's longest term is
 * the product's (libs/finance `workoutLimits`, docs/life-cycle.md "Workout of a late contract").
 * Billings opened before keep null — payment never received it for them — and cannot be
 * renegotiated here (BILLING.PRODUCT_UNKNOWN); everything else about them is unchanged.
 */
export class BillingProduct1798100000000 implements MigrationInterface {
  name = 'BillingProduct1798100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE billing ADD COLUMN product text CHECK (product IN ('INSS_CONSIGNADO','SERVIDOR_CONSIGNADO','PERSONAL'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The earlier schema knows no product: only workouts need it.
    await q.query('ALTER TABLE billing DROP COLUMN product');
  }
}
